import ArgumentParser
import Foundation
import Notebook
import Site

struct RunCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one lesson and read it in the terminal, with every output in place."
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @Flag(help: "Print each quiz's answer and explanation under it.")
    var answers = false

    @Option(help: "The width to wrap text to (default: the terminal's, or 80).")
    var width: Int?

    @OptionGroup var options: RunOptions

    func run(book: Book) throws {
        let found = try book.lesson(named: lesson)
        if Terminal.isTTY(STDERR_FILENO) { Terminal.note("Running \(found.path)…", terminator: "") }
        let record = try options.run(found)
        if Terminal.isTTY(STDERR_FILENO) { Terminal.note("\r\u{1B}[K", terminator: "") }
        let run = LessonRun(lesson: found, record: record)
        let renderer = TerminalRenderer(run: run, width: width ?? Terminal.width,
                                        style: Terminal.style(for: STDOUT_FILENO), showAnswers: answers)
        print(renderer.render(), terminator: "")
        if let problem = run.problem {
            Terminal.note("✗ \(problem)")
            throw ExitCode(1)
        }
    }
}
