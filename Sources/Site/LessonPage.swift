import LessonFormat
import Notebook

/// Renders one lesson and its run as a complete HTML page.
public struct LessonPage {
    /// The course's name, shown in every page's header.
    public static let courseTitle = "Training Deep Networks"

    let run: LessonRun
    /// Every lesson in course order, for the previous/next links.
    let all: [Lesson]

    /// The page for `run`, linked to its neighbours in `all`.
    public init(run: LessonRun, all: [Lesson]) {
        self.run = run
        self.all = all
    }

    /// The complete page.
    public func html() throws -> String {
        let lesson = run.lesson
        let rendered = lesson.renderHTML(HTMLSplices(
            cell: CellHTML(run: run).html,
            inlineValue: valueHTML,
            quiz: QuizHTML(run: run, value: valueHTML).html
        ))
        let position = all.firstIndex { $0.number == lesson.number }
        func neighbour(_ offset: Int) -> [String: Any]? {
            guard let position, all.indices.contains(position + offset) else { return nil }
            let other = all[position + offset]
            return ["href": "\(other.paddedNumber)-\(other.id).html", "title": other.title, "number": other.paddedNumber]
        }
        var context: [String: Any] = [
            "courseTitle": Self.courseTitle,
            "title": lesson.title,
            "number": lesson.paddedNumber,
            "headings": rendered.headings.map { ["level": $0.level, "anchor": $0.anchor, "text": $0.text] },
            "hasHeadings": !rendered.headings.isEmpty,
            "body": rendered.body,
        ]
        if let problem = run.problem { context["failed"] = ["summary": problem] }
        if let previous = neighbour(-1) { context["previous"] = previous }
        if let next = neighbour(1) { context["next"] = next }
        return try Templates.render("page.mustache", context)
    }

    private func valueHTML(_ value: InlineValue) -> String {
        let expression = "= \(value.expression)".htmlEscaped
        if let computed = run.record.value(value.index) {
            return "<span class=\"value\" title=\"\(expression)\">\(computed.text.htmlEscaped)</span>"
        }
        return "<span class=\"value missing\" title=\"\(expression): not computed, the run stopped before it\">?</span>"
    }
}

/// Renders the course's front page: every lesson with its title and summary.
public struct IndexPage {
    let lessons: [Lesson]
    /// Lessons whose last run failed, by number.
    let failed: Set<Int>

    /// The index of `lessons`, marking those in `failed`.
    public init(lessons: [Lesson], failed: Set<Int>) {
        self.lessons = lessons
        self.failed = failed
    }

    /// The complete page.
    public func html() throws -> String {
        try Templates.render("index.mustache", [
            "courseTitle": LessonPage.courseTitle,
            "lead": "Why deep networks are hard to train, and what fixes each problem, shown by experiments that really run.",
            "lessons": lessons.map { lesson -> [String: Any] in
                var entry: [String: Any] = [
                    "href": "\(lesson.paddedNumber)-\(lesson.id).html", "number": lesson.paddedNumber,
                    "title": lesson.title, "summary": lesson.summary,
                ]
                if failed.contains(lesson.number) { entry["failed"] = true }
                return entry
            },
        ])
    }
}
