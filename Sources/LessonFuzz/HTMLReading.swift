import Foundation
import LessonFormat
import Site

/// Where the HTML renderer splices each part, read two ways: through `Lesson.renderHTML`
/// with splices that only mark the part, and from the whole page `Site` writes for a
/// marked run.
struct HTMLReading {
    let run: LessonRun

    /// The parts `renderHTML` spliced, in order, each checked to be live HTML: a splice that
    /// lands where cmark escapes its text (an image's alt text) shows as markup on the page.
    func splicedParts(_ problems: inout Problems) -> [Part] {
        let body = run.lesson.renderHTML(HTMLSplices(
            cell: { Self.splice(.cell($0.index), tag: "div") + "\n" },
            inlineValue: { Self.splice(.value($0.index), tag: "span") },
            inlineValueText: { Part.value($0.index).marker },
            quiz: { quiz in
                var texts = [quiz.question]
                if case .choices(let choices) = quiz.answer { texts += choices.map(\.text) }
                texts.append(quiz.explanation)
                let inner = texts.map { $0.renderHTML { Self.splice(.value($0.index), tag: "span") } }.joined()
                return Self.splice(.quiz(quiz.index), tag: "div", inner: inner) + "\n"
            }
        )).body
        let found = Part.markers(in: body[...])
        for (part, at) in found where !body[..<at].hasSuffix(Self.openingTag(part)) {
            problems.add("renderHTML put \(part) where its HTML does not survive: …\(body[..<at].suffix(60))")
        }
        return found.map(\.part)
    }

    /// The parts the lesson's page shows in its main column, in order, each right after a
    /// tag (a value or an output escaped into an attribute or text would follow other text).
    /// Quiz explanations travel encoded in the page, so their values are not among them, and
    /// quizzes are told by the splice test above.
    func pageParts(_ problems: inout Problems) -> [Part] {
        let page: String
        do {
            page = try LessonPage(run: run, all: [run.lesson]).html()
        } catch {
            problems.add("the page could not be rendered: \(error)")
            return []
        }
        guard let start = page.range(of: "<main id=\"content\">"),
              let end = page.range(of: "</main>", options: .backwards), start.upperBound <= end.lowerBound
        else {
            problems.add("the page has no main column")
            return []
        }
        let main = page[start.upperBound..<end.lowerBound]
        let found = Part.markers(in: main)
        for (part, at) in found where !main[..<at].hasSuffix(">") {
            problems.add("the page shows \(part) inside text or an attribute: …\(main[..<at].suffix(60))")
        }
        return found.map(\.part)
    }

    private static func openingTag(_ part: Part) -> String {
        "<\(part.isValue ? "span" : "div") data-part=\"\(part)\">"
    }

    private static func splice(_ part: Part, tag: String, inner: String = "") -> String {
        "<\(tag) data-part=\"\(part)\">\(part.marker)\(inner)</\(tag)>"
    }
}
