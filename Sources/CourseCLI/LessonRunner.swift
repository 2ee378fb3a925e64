import Foundation
import LessonFormat
import Notebook

/// Runs lessons, each in a child process of its own (the `course` binary started again
/// with the hidden `_execute` command), several at a time, each within a time budget.
///
/// A Swift trap cannot be caught inside a process, and output capture is process-wide, so
/// a separate process per lesson is what lets one lesson crash or hang while the others
/// still build. The child keeps its run record on disk after every cell; the parent reads
/// it when the child ends, however it ended.
struct LessonRunner {
    /// The binary to start for each lesson.
    let executable: URL
    /// How long one lesson may run before it is stopped.
    let budget: TimeInterval
    /// How many lessons run at once.
    let jobs: Int

    /// Called about twice a second while a lesson runs, with the cell it is in.
    var watch: (@Sendable (Lesson, Int?) -> Void)?

    /// A finished lesson, for progress display.
    struct Finished {
        let lesson: Lesson
        let record: RunRecord
        let done: Int
        let total: Int
    }

    /// Runs `lessons` and returns their records in the same order; `progress` is called on
    /// one thread at a time as each lesson finishes.
    func run(_ lessons: [Lesson], progress: @escaping @Sendable (Finished) -> Void) -> [RunRecord] {
        let results = ResultBox(count: lessons.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, jobs)
        for (position, lesson) in lessons.enumerated() {
            queue.addOperation {
                let record = runOne(lesson)
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
    func runOne(_ lesson: Lesson) -> RunRecord {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "course-\(ProcessInfo.processInfo.processIdentifier)-\(lesson.paddedNumber)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordURL = folder.appending(path: "record.json")
        let captureURL = folder.appending(path: "capture.txt")
        let logURL = folder.appending(path: "child.log")
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
        process.arguments = ["_execute", lesson.fileName, "--record", recordURL.path, "--capture", captureURL.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
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
        // A lesson over budget is killed outright: its record is already on disk, cell by
        // cell, and a child started from a worker thread may have SIGTERM blocked.
        let deadline = DispatchTime.now() + budget
        var timedOut = false
        while ended.wait(timeout: min(deadline, .now() + 0.5)) == .timedOut {
            if DispatchTime.now() >= deadline {
                timedOut = true
                break
            }
            if let watch { watch(lesson, Self.runningCell(in: recordURL)) }
        }
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        try? log?.close()

        var record = (try? Data(contentsOf: recordURL)).flatMap { try? JSONDecoder().decode(RunRecord.self, from: $0) }
            ?? RunRecord(path: lesson.path)
        record.seconds = Date().timeIntervalSince(started)
        if timedOut {
            record.failure = Failure(kind: .timeout, cell: record.runningCell, line: nil,
                                     message: "the lesson ran past its time budget of \(readable(budget)) s and was stopped (raise it with --budget SECONDS)")
            record.completed = false
        } else if !record.completed, record.failure == nil {
            let crash = CrashReport(
                lesson: lesson,
                captured: OutputCaptureFile.contents(of: captureURL, after: record.captureOffset),
                log: (try? String(contentsOf: logURL, encoding: .utf8)) ?? "",
                status: process.terminationStatus,
                signaled: process.terminationReason == .uncaughtSignal
            )
            record.failure = Failure(kind: .crash, cell: record.runningCell, line: crash.line, message: crash.message)
            if !crash.output.isEmpty, let position = record.cells.lastIndex(where: { $0.index == record.runningCell }) {
                record.cells[position].outputs.append(.text(crash.output))
            }
        }
        return record
    }

    /// The cell a running child's record says it is in.
    private static func runningCell(in url: URL) -> Int? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return (try? JSONDecoder().decode(RunRecord.self, from: data))?.runningCell
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
