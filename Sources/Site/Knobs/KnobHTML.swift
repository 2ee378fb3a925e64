import LessonFormat
import Notebook

/// The knobs a cell declares, under its code: each knob's name and the value the run used,
/// what values it takes, what it sets, and the command that runs the lesson with another value.
struct KnobHTML {
    let lesson: Lesson

    func html(_ knobs: [Knob]) -> String {
        "<ul class=\"knobs\" aria-label=\"Knobs you can turn\">\n" + knobs.map(item).joined(separator: "\n") + "\n</ul>"
    }

    private func item(_ knob: Knob) -> String {
        var value = "<code class=\"knob-value\">\(knob.value.htmlEscaped)</code>"
        if knob.isTurned { value += " (default <code>\(knob.defaultValue.htmlEscaped)</code>)" }
        return "<li class=\"knob\" id=\"knob-\(knob.name)\"><span class=\"knob-mark\" aria-hidden=\"true\">⚙</span> "
            + "<span class=\"knob-label\">Knob</span> <code class=\"knob-name\">\(knob.name)</code> = \(value) "
            + "<span class=\"knob-kind\">(\(knob.kind.summary.htmlEscaped))</span>: \(knob.help.htmlEscaped). "
            + "<span class=\"knob-try\">Try <code class=\"knob-command\">\(KnobCommand.example(knob, in: lesson).htmlEscaped)</code></span></li>"
    }
}
