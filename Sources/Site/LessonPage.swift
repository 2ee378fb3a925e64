import LessonFormat
import Notebook

/// Renders one lesson and its run as a complete HTML page.
public struct LessonPage {
    /// The course's name, shown in every page's header.
    public static let courseTitle = "Training Deep Networks"

    let run: LessonRun
    /// The lessons whose pages are in the site, in course order, for the navigation.
    let all: [Lesson]

    /// The page for `run`, with navigation to the lessons in `all` (those whose pages are in
    /// the site).
    public init(run: LessonRun, all: [Lesson]) {
        self.run = run
        self.all = all
    }

    /// The complete page.
    public func html() throws -> String {
        try rendered().html
    }

    /// The complete page, and the lesson's entry in the search index.
    func rendered() throws -> (html: String, search: SearchEntry) {
        let lesson = run.lesson
        let value = InlineValueHTML(record: run.record)
        let rendered = lesson.renderHTML(HTMLSplices(
            cell: CellHTML(run: run).html,
            inlineValue: value.html,
            inlineValueText: value.text,
            quiz: QuizHTML(run: run, value: value.html).html
        ))
        let body = PageBody(rendered.body)
        let navigation = Navigation(lessons: all)
        var context: [String: Any] = [
            "courseTitle": Self.courseTitle,
            "title": lesson.title,
            "number": lesson.paddedNumber,
            "description": lesson.pageDescription,
            "lessons": navigation.sidebar(current: lesson, sections: rendered.headings),
            "headings": rendered.headings.map(Navigation.section),
            "hasHeadings": !rendered.headings.isEmpty,
            "titleHTML": body.title,
            "body": body.rest,
        ]
        if let problem = run.problem { context["failed"] = ["summary": problem] }
        if let previous = navigation.neighbour(of: lesson, -1) { context["previous"] = previous }
        if let next = navigation.neighbour(of: lesson, 1) { context["next"] = next }
        context["hasNeighbours"] = context["previous"] != nil || context["next"] != nil
        return (try Templates.render("page.mustache", context), SearchEntry(run: run, anchors: rendered.headings))
    }
}
