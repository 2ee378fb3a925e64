import Foundation
import LessonFormat
import Notebook

/// The HTML form for a quiz. The key and the explanation travel encoded in data
/// attributes and `course.js` reveals the explanation only after an answer is checked, so
/// the page does not give the answer away; the form is plain HTML controls with labels,
/// operable from the keyboard.
struct QuizHTML {
    let run: LessonRun
    let value: (InlineValue) -> String

    func html(_ quiz: Quiz) -> String {
        let name = "quiz-\(quiz.id)"
        var body = ""
        let key: String
        let kind: String
        switch quiz.answer {
        case .choices(let choices):
            kind = "choices"
            let several = choices.filter(\.isCorrect).count > 1
            let type = several ? "checkbox" : "radio"
            body += "<fieldset>\n<legend>\(several ? "Choose every answer that applies" : "Choose one answer")</legend>\n"
            for choice in choices {
                body += "<label class=\"choice\"><input type=\"\(type)\" name=\"\(name)\" value=\"\(choice.label)\">"
                body += "<span class=\"choice-letter\">\(choice.label)</span>"
                body += "<span class=\"choice-text\">\(inlineHTML(choice.text))</span></label>\n"
            }
            body += "</fieldset>\n"
            key = Self.json(["correct": choices.filter(\.isCorrect).map(\.label)])
        case .numeric(_, _, let tolerance):
            kind = "numeric"
            body += "<p class=\"numeric\"><label>Your answer <input type=\"text\" inputmode=\"decimal\" "
            body += "name=\"\(name)\" autocomplete=\"off\"></label></p>\n"
            if let computed = run.record.quizKey(quiz.index) {
                var tolerances: [String: Double] = [:]
                switch tolerance {
                case .absolute(let distance): tolerances["absolute"] = distance
                case .relative(let share): tolerances["relative"] = share
                }
                key = Self.json(["key": computed.key, "text": computed.text, "tolerance": tolerances] as [String: Any])
            } else {
                key = Self.json(["key": NSNull(), "text": "unknown (the run stopped before this quiz)",
                                 "tolerance": ["absolute": 0.0]] as [String: Any])
            }
        }
        let explanation = quiz.explanation.renderHTML(inlineValue: value)
        return """
            <form class="quiz" id="\(name)" data-kind="\(kind)" data-key="\(Self.encode(key))" \
            data-explanation="\(Self.encode(explanation))" aria-labelledby="\(name)-question">
            <p class="quiz-label">Quiz · \(quiz.id.htmlEscaped)</p>
            <div class="question" id="\(name)-question">\(quiz.question.renderHTML(inlineValue: value))</div>
            \(body)<button type="submit">Check</button>
            <p class="verdict" role="status" aria-live="polite"></p>
            <div class="explanation" hidden></div>
            </form>

            """
    }

    /// A choice's text without the paragraph around it.
    private func inlineHTML(_ text: MarkdownText) -> String {
        var html = text.renderHTML(inlineValue: value).trimmingTrailingNewlines
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }

    /// Base64, reversed: enough that the answer cannot be read off the page by accident.
    static func encode(_ text: String) -> String {
        String(Data(text.utf8).base64EncodedString().reversed())
    }

    static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
