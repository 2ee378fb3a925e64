import ArgumentParser
import Foundation
import LessonFormat
import Notebook
import Site

struct BuildCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run lessons and write the course site.",
        discussion: """
            Runs each lesson in its own process, several at once, then writes one HTML page per \
            lesson and an index. Naming lessons rebuilds only their pages and keeps the others. \
            Exits with status 1 when a lesson fails or a claim in its text does not hold; its \
            page still shows where.
            """
    )

    @Option(help: ArgumentHelp(
        "The folder to write the site into; it is replaced as a whole.",
        discussion: "It must be new, empty, or a site an earlier build wrote; any other folder is refused."))
    var out = "site"

    @Option(help: "How many lessons to run at once; the default is one per core.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var options: RunOptions

    @Argument(help: "Lessons to rebuild, by number or id (default: all).")
    var lessons: [String] = []

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run(book: Book) throws {
        let started = Date()
        var selected: [Lesson] = []
        for name in lessons.isEmpty ? book.lessons.map(\.fileName) : lessons {
            let lesson = try book.lesson(named: name)
            if !selected.contains(lesson) { selected.append(lesson) }
        }
        for lesson in selected { try lesson.checkLessonLinks(against: book.lessons.map(\.fileName)) }
        let destination = URL(fileURLWithPath: out)
        let writer = SiteWriter(destination: destination)
        // Refused before any lesson runs, so a mistyped --out costs nothing.
        try writer.checkDestination()
        let progress = BuildProgress(total: selected.count, interactive: Terminal.isTTY(STDERR_FILENO),
                                     style: Terminal.style(for: STDERR_FILENO))
        let interruption = Interruption()
        var runner = try options.runner(jobs: jobs, interruption: interruption)
        if progress.interactive { runner.watch = { lesson, cell in progress.running(lesson, cell: cell) } }
        let records = try runner.run(selected) { finished in progress.report(finished) }
        progress.finish()

        let runs = zip(selected, records).map { LessonRun(lesson: $0, record: $1) }
        if let cache = RecordCache.current {
            for run in runs { cache.store(run.record, for: run.lesson) }
        }
        let pages = try SiteBuilder(runs: runs, all: book.lessons, keepingPagesOf: lessons.isEmpty ? nil : destination).pages()
        writer.temporaryFolders.forEach(interruption.removeOnStop)
        try writer.write(pages: pages, keepOthers: !lessons.isEmpty) {
            Terminal.note("Waiting for another build into \(destination.relativePath) to finish…")
        }

        let problems = runs.compactMap { run in run.problem.map { (run, $0) } }
        for (_, problem) in problems { Terminal.note("✗ " + terminalSafe("\(problem)")) }
        let cells = runs.reduce(0) { $0 + $1.record.cells.count }
        let claims = runs.reduce(0) { $0 + $1.record.claims.count }
        let seconds = Date().timeIntervalSince(started)
        let failing = problems.isEmpty ? "" : " (\(problems.count) failing)"
        Terminal.note("Built \(runs.count) lesson\(runs.count == 1 ? "" : "s")\(failing): \(cells) cells, \(claims) claims, "
            + "\(String(format: "%.1f", seconds)) s → \(destination.appending(path: "index.html").relativePath)")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

/// Shows lessons finishing, a line each, and on a terminal a live line with the lessons
/// still running and the cell each is in.
final class BuildProgress: @unchecked Sendable {
    private let total: Int
    let interactive: Bool
    private let style: TerminalStyle
    private let lock = NSLock()
    private var done = 0
    private var cells: [String: String] = [:]

    init(total: Int, interactive: Bool, style: TerminalStyle) {
        self.total = total
        self.interactive = interactive
        self.style = style
        if interactive { Terminal.note("Running \(total) lesson\(total == 1 ? "" : "s")…", terminator: "") }
    }

    func report(_ finished: LessonRunner.Finished) {
        lock.lock()
        defer { lock.unlock() }
        done = finished.done
        cells[finished.lesson.fileName] = nil
        let ok = LessonRun(lesson: finished.lesson, record: finished.record).problem == nil
        let mark = ok ? style.apply([.green], to: "✓") : style.apply([.red], to: "✗")
        let line = "\(mark) \(finished.lesson.fileName) (\(String(format: "%.1f", finished.record.seconds)) s)"
        if interactive {
            Terminal.note("\r\u{1B}[K\(line)\n" + status, terminator: "")
        } else {
            Terminal.note("[\(finished.done)/\(total)] \(line)")
        }
    }

    func running(_ lesson: Lesson, cell: Int?) {
        lock.lock()
        defer { lock.unlock() }
        let runnable = lesson.cells.filter(\.runs).map(\.index)
        let position = cell.flatMap { runnable.firstIndex(of: $0) }.map { "cell \($0 + 1) of \(runnable.count)" }
        cells[lesson.fileName] = position ?? "starting"
        Terminal.note("\r\u{1B}[K" + status, terminator: "")
    }

    private var status: String {
        let running = cells.keys.sorted().map { "\($0) (\(cells[$0]!))" }.joined(separator: ", ")
        // One line that the next update overwrites, so it must not wrap.
        return String("[\(done)/\(total)] running \(running)".prefix(Terminal.width - 1))
    }

    func finish() {
        if interactive { Terminal.note("\r\u{1B}[K", terminator: "") }
    }
}
