import Foundation

/// The state of a preview: the site folder the lesson is built into, how many builds have
/// finished (the page reloads when this changes), and what the last one came to.
actor PreviewSession {
    /// What the page shows now.
    enum Status: Sendable {
        case building
        case built(problems: [String])
        case compileFailed(errors: String)
    }

    let builder: PreviewBuilder
    /// Where the lesson's page is written; removed when the preview stops.
    nonisolated let site: URL
    private(set) var version = 0
    private(set) var status: Status = .building
    private let children = RunningChild()
    private let stopSignals: [DispatchSourceSignal]

    init(builder: PreviewBuilder) throws {
        self.builder = builder
        site = FileManager.default.temporaryDirectory.appending(path: "course-preview-\(getpid())")
        try? FileManager.default.removeItem(at: site)
        stopSignals = StopSignals.install(children: children, folder: site)
    }

    /// Builds once, then again every time the lesson file changes, until the process stops.
    func watch() async {
        var seen = signature()
        await rebuild()
        while true {
            try? await Task.sleep(nanoseconds: 300_000_000)
            let now = signature()
            if now != seen {
                seen = now
                await rebuild()
            }
        }
    }

    private func rebuild() async {
        let started = Date()
        status = .building
        print("Building \(builder.lesson.relativePath)…")
        do {
            let children = self.children
            switch try await builder.build(into: site, running: { children.set($0) }) {
            case .built(let problems, let warnings, let summary):
                status = .built(problems: problems)
                for warning in warnings { print(warning) }
                for problem in problems { print(problem) }
                print((problems.isEmpty ? "✓ " : "") + summary + String(format: " (%.1f s in all)", Date().timeIntervalSince(started)))
            case .compileFailed(let errors):
                status = .compileFailed(errors: errors)
                print(errors)
                print("✗ The lesson does not compile; the page shows why. Save it again to retry.")
            }
        } catch {
            status = .compileFailed(errors: "\(error)")
            print("✗ \(error)")
        }
        version += 1
    }

    /// The lesson file's content, to notice saves (editors may keep the modification time).
    private func signature() -> Data? {
        FileManager.default.contents(atPath: builder.lesson.url.path)
    }
}

/// The build or lesson process running now, so that an interruption can stop it.
final class RunningChild: @unchecked Sendable {
    private let lock = NSLock()
    private var process: Process?

    func set(_ process: Process?) { lock.withLock { self.process = process } }

    /// Sends `signal` to the running child, if there is one.
    func signal(_ signal: Int32) {
        lock.withLock {
            if let process, process.isRunning { kill(process.processIdentifier, signal) }
        }
    }
}

/// SIGINT, SIGTERM and SIGHUP stop the child that is running (which cleans up after
/// itself), remove the preview's folder, and exit with 128 plus the signal's number.
enum StopSignals {
    /// Starts catching the signals; the sources must be kept for as long as they should act.
    static func install(children: RunningChild, folder: URL) -> [DispatchSourceSignal] {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        return [SIGINT, SIGTERM, SIGHUP].map { signal in
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                children.signal(SIGTERM)
                usleep(300_000)
                children.signal(SIGKILL)
                try? FileManager.default.removeItem(at: folder)
                print("\nPreview stopped.")
                exit(128 + signal)
            }
            source.resume()
            return source
        }
    }
}
