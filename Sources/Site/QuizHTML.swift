import Foundation
import LessonFormat
import Notebook
import QuizGrading

/// The HTML form for a quiz. The key and the explanation travel encoded in data
/// attributes and `course.js` reveals them only after a right answer or on "Show the
/// answer", so the page does not give the answer away and a wrong answer can be tried
/// again; the form is plain HTML controls with labels, operable from the keyboard.
struct QuizHTML {
    let run: LessonRun
    let value: (InlineValue) -> String

    func html(_ quiz: Quiz) -> String {
        let name = "quiz-\(quiz.id)"
        var body = ""
        var key: [String: Any] = ["answer": QuizKey(quiz: quiz, record: run.record).description]
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
                body += "<span class=\"choice-text\">\(inlineHTML(choice.text))</span><span class=\"choice-mark\"></span></label>\n"
            }
            body += "</fieldset>\n"
            key["correct"] = choices.filter(\.isCorrect).map(\.label)
        case .numeric(_, _, let tolerance):
            kind = "numeric"
            // A plain text field: `inputmode="decimal"` gives some phones a keypad without a minus key.
            body += "<p class=\"numeric\"><label for=\"\(name)-answer\">Your answer</label> "
            body += "<input type=\"text\" id=\"\(name)-answer\" name=\"\(name)\" autocomplete=\"off\" autocapitalize=\"off\" "
            body += "spellcheck=\"false\" enterkeyhint=\"done\" aria-describedby=\"\(name)-hint\"> "
            body += "<span class=\"hint\" id=\"\(name)-hint\">digits, with a minus sign, a point or an exponent as needed</span></p>\n"
            switch tolerance {
            case .absolute(let distance): key["tolerance"] = ["absolute": distance]
            case .relative(let share): key["tolerance"] = ["relative": share]
            }
            key["key"] = run.record.quizKey(quiz.index).map { $0.key as Any } ?? NSNull()
        }
        let explanation = PageBody.linkingPages(quiz.explanation.renderHTML(inlineValue: value))
        let question = PageBody.linkingPages(quiz.question.renderHTML(inlineValue: value))
        return """
            <form class="quiz" id="\(name)" data-kind="\(kind)" data-key="\(Self.encode(Self.json(key)))" \
            data-explanation="\(Self.encode(explanation))" aria-labelledby="\(name)-question" novalidate>
            <p class="quiz-label">Quiz · \(quiz.id.htmlEscaped)</p>
            <div class="question" id="\(name)-question">\(question)</div>
            \(body)<div class="quiz-actions"><button type="submit">Check</button> \
            <button type="button" class="show-answer needs-js">Show the answer</button></div>
            <p class="verdict" role="status" aria-live="polite"></p>
            <div class="explanation" hidden></div>
            </form>

            """
    }

    /// A choice's text without the paragraph around it.
    private func inlineHTML(_ text: MarkdownText) -> String {
        var html = PageBody.linkingPages(text.renderHTML(inlineValue: value)).trimmingTrailingNewlines
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
