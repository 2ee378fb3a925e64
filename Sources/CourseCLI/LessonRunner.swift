import Foundation
import LessonFormat
import Notebook

/// Runs lessons, each in a child process of its own (the `course` binary started again
/// with the hidden `_execute` command), several at a time, each within a time budget.
///
/// A Swift trap cannot be caught inside a process, and output capture is process-wide, so
/// a separate process per lesson is what lets one lesson crash or hang while the others
/// still build. The child keeps its run record on disk after every cell; the parent reads
/// it when the child ends, however it ended. A crashing child writes a backtrace, from which
/// the parent takes the Markdown line of the statement that trapped.
struct LessonRunner {
    /// The binary to start for each lesson.
    let executable: URL
    /// How long one lesson may run before it is stopped.
    let budget: TimeInterval
    /// How many lessons run at once.
    let jobs: Int
    /// The most bytes one cell may print (and the largest file a lesson may write).
    let outputCap: Int
    /// Kills the children and removes the temporary folder when `course` is interrupted.
    let interruption: Interruption

    /// Values for the lessons' knobs, by name, in the order the learner gave them.
    var settings: [(name: String, value: String)] = []

    /// Called about twice a second while a lesson runs, with the cell it is in.
    var watch: (@Sendable (Lesson, Int?) -> Void)?

    /// How long past its budget a child that does not stop itself is left before it is killed.
    private static let grace: TimeInterval = 3

    /// A finished lesson, for progress display.
    struct Finished {
        let lesson: Lesson
        let record: RunRecord
        let done: Int
        let total: Int
    }

    /// Runs `lessons` and returns their records in the same order; `progress` is called on
    /// one thread at a time as each lesson finishes.
    func run(_ lessons: [Lesson], progress: @escaping @Sendable (Finished) -> Void) throws -> [RunRecord] {
        let session = try SessionFolder.make()
        interruption.removeOnStop(session)
        defer { try? FileManager.default.removeItem(at: session) }
        let results = ResultBox(count: lessons.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, jobs)
        for (position, lesson) in lessons.enumerated() {
            queue.addOperation {
                let record = runOne(lesson, in: session.appending(path: "\(position)-\(lesson.paddedNumber)"))
                let done = results.store(record, at: position)
                progress(Finished(lesson: lesson, record: record, done: done, total: lessons.count))
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return results.records.enumerated().map { position, record in
            record ?? RunRecord(path: lessons[position].path)
        }
    }

    /// Runs one lesson in a child process and reads back its record.
    func runOne(_ lesson: Lesson) throws -> RunRecord {
        try run([lesson]) { _ in }[0]
    }

    private func runOne(_ lesson: Lesson, in folder: URL) -> RunRecord {
        let recordURL = folder.appending(path: "record.json")
        let captureURL = folder.appending(path: "capture.txt")
        let logURL = folder.appending(path: "child.log")
        let backtraceURL = folder.appending(path: "backtrace.json")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return failed(lesson, .crash, "could not prepare a folder for the run: \(error)")
        }
        guard FileManager.default.createFile(atPath: logURL.path, contents: nil) else {
            return failed(lesson, .crash, "could not create \(logURL.path) for the run's log")
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "_execute", lesson.fileName, "--record", recordURL.path, "--capture", captureURL.path,
            "--parent", "\(getpid())", "--budget", "\(budget)", "--output-cap", "\(outputCap)",
        ] + settings.flatMap { ["--set", "\($0.name)=\($0.value)"] }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = [
            "enable=yes", "interactive=no", "format=json", "output-to=\(backtraceURL.path)",
            "threads=crashed", "registers=none", "images=none", "color=no",
        ].joined(separator: ",")
        // glibc hands large freed blocks back to the system at once and faults them in again
        // on the next step; a lesson that trains allocates the same buffers every step, and
        // spent a fifth of its time on those page faults. Keeping blocks up to 32 MB avoids it.
        environment["MALLOC_MMAP_THRESHOLD_"] = environment["MALLOC_MMAP_THRESHOLD_"] ?? "33554432"
        environment["MALLOC_TRIM_THRESHOLD_"] = environment["MALLOC_TRIM_THRESHOLD_"] ?? "67108864"
        process.environment = environment
        let log = try? FileHandle(forWritingTo: logURL)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        let started = Date()
        do {
            try process.run()
        } catch {
            return failed(lesson, .crash, "could not start \(executable.path): \(error)")
        }
        interruption.started(process.processIdentifier)
        defer { interruption.ended(process.processIdentifier) }
        // The child stops itself at its budget; one that cannot (stuck in C code with signals
        // blocked) is killed a little later.
        let deadline = DispatchTime.now() + budget + Self.grace
        var killed = false
        while ended.wait(timeout: min(deadline, .now() + 0.5)) == .timedOut {
            if DispatchTime.now() >= deadline {
                killed = true
                break
            }
            if let watch { watch(lesson, Self.runningCell(in: recordURL)) }
        }
        if killed {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        try? log?.close()

        var record = (try? Data(contentsOf: recordURL)).flatMap { try? RunRecord.decoded(from: $0) }
            ?? RunRecord(path: lesson.path)
        record.seconds = Date().timeIntervalSince(started)
        if record.failure?.kind == .timeout {
            return record
        }
        if killed {
            record.failure = Failure(kind: .timeout, cell: record.runningCell, line: nil,
                                     message: "the lesson ran past its time budget of \(readable(budget)) s and was stopped (raise it with --budget SECONDS)")
            record.completed = false
        } else if !record.completed, record.failure == nil {
            let crash = CrashReport(
                lesson: lesson,
                captured: OutputCaptureFile.contents(of: captureURL, after: record.captureOffset),
                log: (try? String(contentsOf: logURL, encoding: .utf8)) ?? "",
                backtrace: try? Data(contentsOf: backtraceURL),
                status: process.terminationStatus,
                signaled: process.terminationReason == .uncaughtSignal,
                outputCap: outputCap
            )
            let cellLine = record.runningCell.flatMap { index in lesson.cells.first { $0.index == index }?.fenceLine }
            record.failure = Failure(kind: .crash, cell: record.runningCell, line: crash.line ?? cellLine,
                                     message: crash.message + (crash.line == nil && cellLine != nil ? crash.fallbackNote : ""))
            if !crash.output.isEmpty, let position = record.cells.lastIndex(where: { $0.index == record.runningCell }) {
                record.cells[position].outputs.append(.text(crash.output))
            }
        }
        return record
    }

    /// The cell a running child's record says it is in.
    private static func runningCell(in url: URL) -> Int? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return (try? RunRecord.decoded(from: data))?.runningCell
    }

    private func failed(_ lesson: Lesson, _ kind: Failure.Kind, _ message: String) -> RunRecord {
        var record = RunRecord(path: lesson.path)
        record.failure = Failure(kind: kind, cell: nil, line: nil, message: message)
        return record
    }
}

/// Records written by several worker threads, each into its own slot.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var records: [RunRecord?]
    private var done = 0

    init(count: Int) { records = Array(repeating: nil, count: count) }

    /// Stores a record and returns how many are stored now.
    func store(_ record: RunRecord, at position: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        records[position] = record
        done += 1
        return done
    }
}
