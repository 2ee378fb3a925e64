import ArgumentParser
import Foundation
import Notebook

/// What the runner starts in a child process: one lesson, output captured, record on disk.
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

    func run(book: Book) throws {
        let found = try book.lesson(named: lesson)
        guard let code = book.code(of: found) else { throw ValidationError("lesson \(lesson) has no compiled code") }
        let notebook = try Notebook(path: found.path, captureURL: URL(fileURLWithPath: capture),
                                    recordURL: URL(fileURLWithPath: record))
        do {
            try MainActor.assumeIsolated { try code.run(notebook) }
        } catch {
            notebook.recordError(error, line: nil)
        }
        notebook.finish()
        notebook.close()
    }
}
