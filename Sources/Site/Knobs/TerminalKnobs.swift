import LessonFormat
import Notebook

/// The knobs a cell declares, in the terminal: under the code, a line each with the value
/// the run used and what the knob takes and sets, and the command that turns it.
struct TerminalKnobs {
    let lesson: Lesson
    let style: TerminalStyle
    let width: Int

    func lines(_ knobs: [Knob]) -> [String] {
        let wrapper = TextWrapper(width: width, style: style)
        return knobs.flatMap { knob in
            let value = knob.value + (knob.isTurned ? " (set; default \(knob.defaultValue))" : "")
            return wrapper.wrap([
                StyledRun(text: "knob ", effects: [.magenta, .bold]),
                StyledRun(text: terminalSafe("\(knob.name) = \(value)"), effects: [.bold]),
                StyledRun(text: terminalSafe(" (\(knob.kind.summary)): \(knob.help).\n")),
                StyledRun(text: "Try: ", effects: [.dim]),
                StyledRun(text: terminalSafe(KnobCommand.example(knob, in: lesson)), effects: [.cyan]),
            ], firstPrefix: "  ⚙ ", prefix: "    ")
        }
    }
}
