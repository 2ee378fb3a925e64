import ArgumentParser
import Foundation
import Notebook
import Site

struct RunCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one lesson and read it in the terminal, with every output in place.",
        discussion: """
            With --set, the lesson runs with other values for its knobs (`course knobs N` lists \
            them), without rebuilding: every value, table, plot and claim is recomputed, and the \
            end lists each claim whose verdict differs from the published run. A claim that no \
            longer holds is a finding, not an error: the exit status is 0 unless the lesson \
            crashes, throws or runs out of time (1); a setting the lesson has no knob for, or \
            one its knob does not take, exits with 2.
            """
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Values for the lesson's knobs: --set noise=0 rows=1000.", valueName: "name=value"))
    var set: [String] = []

    @Flag(help: "Print each quiz's answer and explanation under it.")
    var answers = false

    @Option(help: "The width to wrap text to (default: the terminal's, or 80).")
    var width: Int?

    @OptionGroup var options: RunOptions

    func run(book: Book) throws {
        let found = try book.lesson(named: lesson)
        var experiment: (published: RunRecord, settings: KnobSettings)?
        if !set.isEmpty {
            let published = try options.published(found, purpose: "with its defaults first, to compare with")
            experiment = (published, try KnobSettings(set, knobs: published.knobs, lesson: found))
        }
        if Terminal.isTTY(STDERR_FILENO) { Terminal.note("Running \(found.path)…", terminator: "") }
        let record = try options.run(found, settings: experiment?.settings.arguments ?? [])
        if Terminal.isTTY(STDERR_FILENO) { Terminal.note("\r\u{1B}[K", terminator: "") }
        let run = LessonRun(lesson: found, record: record)
        let style = Terminal.style(for: STDOUT_FILENO)
        let renderer = TerminalRenderer(run: run, width: width ?? Terminal.width, style: style, showAnswers: answers)
        if let experiment {
            let settings = experiment.settings.values.map { setting in
                var knob = setting.knob
                knob.value = setting.value.text
                return knob
            }
            let report = TerminalExperiment(run: run, published: experiment.published, settings: settings,
                                            width: width ?? Terminal.width, style: style)
            print(report.header().joined(separator: "\n"))
            print(renderer.render(), terminator: "")
            print(report.summary().joined(separator: "\n"))
        } else {
            print(renderer.render(), terminator: "")
        }
        // Under a learner's settings a claim that fails is a finding; only a stopped run is an error.
        let stopped = record.failure != nil || !record.completed
        if let problem = run.problem, experiment == nil || stopped {
            Terminal.note("✗ \(problem)")
            throw ExitCode(1)
        }
    }
}
