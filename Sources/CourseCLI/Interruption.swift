import Foundation

/// What `course` must undo when it is interrupted: the lesson processes it started and the
/// temporary folders it made.
///
/// SIGINT, SIGTERM and SIGHUP are caught (on a queue of their own, not in a signal handler):
/// every running lesson process is killed, the temporary folders are removed, and `course`
/// exits with 128 plus the signal's number (130, 143, 129). The site is never touched: a
/// build writes its new site beside the old one and swaps it in only at the very end.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var processes: Set<Int32> = []
    private var folders: [URL] = []
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "course.interruption")

    /// Starts catching the interruption signals. They are unblocked first: a process started
    /// from a worker thread (by a test, an IDE, another tool) inherits a mask that blocks them.
    init() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
            source.setEventHandler { [unowned self] in stop(by: signal) }
            source.resume()
            sources.append(source)
        }
    }

    /// A lesson process to kill on interruption.
    func started(_ process: Int32) { lock.withLock { _ = processes.insert(process) } }

    /// A lesson process that has ended.
    func ended(_ process: Int32) { lock.withLock { _ = processes.remove(process) } }

    /// A folder to remove on interruption.
    func removeOnStop(_ folder: URL) { lock.withLock { folders.append(folder) } }

    private func stop(by signal: Int32) {
        let (running, temporary) = lock.withLock { (processes, folders) }
        for process in running {
            kill(process, SIGKILL)
            kill(-process, SIGKILL)
        }
        for folder in temporary { try? FileManager.default.removeItem(at: folder) }
        let name = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP"][signal] ?? "signal \(signal)"
        let stopped = running.isEmpty ? "" : "; stopped \(running.count) running lesson\(running.count == 1 ? "" : "s")"
        let clearLine = Terminal.isTTY(STDERR_FILENO) ? "\r\u{1B}[K" : ""
        Terminal.note(clearLine + "Interrupted by \(name)\(stopped); temporary files removed.")
        exit(128 + signal)
    }
}

/// The temporary folder of one `course` process, `course-PID-UUID` in the system's temporary
/// directory, holding one folder per lesson run. Folders of `course` processes that no longer
/// exist (killed without a chance to clean up) are removed when the next one starts.
enum SessionFolder {
    static func make() throws -> URL {
        removeAbandoned()
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "course-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func removeAbandoned() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] {
            let parts = name.split(separator: "-", maxSplits: 2)
            guard parts.count == 3, parts[0] == "course", let pid = Int32(parts[1]), UUID(uuidString: String(parts[2])) != nil,
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(at: temporary.appending(path: name))
        }
    }
}
