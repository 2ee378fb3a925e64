import ArgumentParser
import CProcessControl
import Foundation
import Notebook

/// What the runner starts in a child process: one lesson, output captured, record on disk.
///
/// The child looks after itself as well as being watched: it dies with its parent, stops
/// itself at the end of its time budget (keeping what the running cell printed), and may
/// not write files larger than the output cap, so no lesson can outlive its build or fill
/// the disk.
struct ExecuteCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "_execute",
        abstract: "Run one lesson in this process and write its run record (used by the runner).",
        shouldDisplay: false
    )

    @Argument(help: "The lesson's file name.")
    var lesson: String

    @Option(help: "Where to keep the run record (JSON).")
    var record: String

    @Option(help: "Where to capture the lesson's output.")
    var capture: String

    @Option(help: "The process that started this one; the lesson stops when it is gone.")
    var parent: Int32?

    @Option(help: "Seconds the lesson may run.")
    var budget: Double = 300

    @Option(help: "The most bytes one cell may print, and the largest file the lesson may write.")
    var outputCap: Int = RunOptions.defaultOutputCap

    @Option(help: "A value for one of the lesson's knobs, as NAME=VALUE (checked by the caller).")
    var set: [String] = []

    func run(book: Book) throws {
        let found = try book.lesson(named: lesson)
        guard let code = book.code(of: found) else { throw ValidationError("lesson \(lesson) has no compiled code") }
        LessonProcess.takeDefaultSignals()
        if let parent { LessonProcess.dieWith(parent: parent) }
        LessonProcess.limitFileSize(to: outputCap)
        let settings = Dictionary(set.compactMap(KnobSettings.split), uniquingKeysWith: { $1 })
        let notebook = try Notebook(path: found.path, captureURL: URL(fileURLWithPath: capture),
                                    recordURL: URL(fileURLWithPath: record), settings: settings)
        LessonProcess.stop(notebook, after: budget)
        do {
            try MainActor.assumeIsolated { try code.run(notebook) }
        } catch {
            notebook.recordError(error, line: nil)
        }
        notebook.finish()
        notebook.close()
    }
}

/// What a lesson's process does to itself so that it cannot outlive or outgrow its build.
enum LessonProcess {
    /// Interruption signals back to their default action: the parent may have ignored them
    /// (ignoring survives `exec`), and threads that start children block them.
    static func takeDefaultSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGXFSZ] {
            Foundation.signal(signal, SIG_DFL)
            sigaddset(&set, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Ends this process when `parent` ends: by the kernel's parent-death signal where there is
    /// one, otherwise by a thread that checks twice a second.
    static func dieWith(parent: Int32) {
        if course_die_with_parent() != 0 {
            Thread.detachNewThread {
                while getppid() == parent { usleep(500_000) }
                _exit(129)
            }
        }
        // The parent may have died before the request took effect.
        if getppid() != parent { _exit(129) }
    }

    /// Makes writing past `bytes` in any file end the process with SIGXFSZ, which the runner
    /// reports as output over the cap.
    static func limitFileSize(to bytes: Int) {
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
    }

    /// Stops the lesson when its budget is spent, recording the time-out in the running cell
    /// with what that cell printed so far.
    static func stop(_ notebook: Notebook, after seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            notebook.stopForTimeout(budget: seconds)
            _exit(124)
        }
    }
}
