import LessonFormat
import Notebook

/// An inline value in the text: the computed value, which reveals the Swift expression
/// behind it when it is focused (by keyboard, click or tap).
struct InlineValueHTML {
    let record: RunRecord

    /// The value as plain text, for a heading's entry in the contents.
    func text(_ value: InlineValue) -> String {
        record.value(value.index)?.text ?? "?"
    }

    func html(_ value: InlineValue) -> String {
        let id = "value-\(value.index)"
        let expression = "= \(value.expression)"
        let (text, note, missing) = if let computed = record.value(value.index) {
            (computed.text, expression, false)
        } else {
            ("?", "\(expression): not computed, the run stopped before it", true)
        }
        return "<span class=\"value\(missing ? " missing" : "")\" tabindex=\"0\" aria-describedby=\"\(id)\">"
            + "\(text.htmlEscaped)<span class=\"value-expression\" id=\"\(id)\" role=\"tooltip\">\(note.htmlEscaped)</span></span>"
    }
}
