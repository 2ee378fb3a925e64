import ArgumentParser
import Foundation
import LessonFormat
import Notebook
import Site

struct KnobsCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "knobs",
        abstract: "List a lesson's knobs: the settings `course run N --set NAME=VALUE` changes.",
        discussion: """
            Lists each knob the lesson declares with its default, the values it takes and what \
            it sets, as the last `course build` of the lesson ran it (or runs the lesson first \
            when there is none).
            """
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @OptionGroup var options: RunOptions

    func run(book: Book) throws {
        let found = try book.lesson(named: lesson)
        let knobs = try options.published(found, purpose: "to find its knobs").knobs
        guard let first = knobs.first else {
            print("Lesson \(found.number) has no knobs.")
            return
        }
        let style = Terminal.style(for: STDOUT_FILENO)
        print(style.apply([.bold], to: "Knobs of lesson \(found.number), \(found.title)"))
        for knob in knobs {
            print("")
            print("  " + style.apply([.bold], to: "\(knob.name) = \(knob.defaultValue)") + "  (\(knob.kind.summary))")
            print("    \(terminalSafe(knob.help)) (\(found.path):\(knob.line))")
        }
        print("")
        print("Run the lesson with other values, for example:")
        print("  " + style.apply([.cyan], to: KnobCommand.example(first, in: found)))
    }
}
