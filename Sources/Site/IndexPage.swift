import LessonFormat

/// Renders the course's front page: every lesson with a page, with its title and summary.
public struct IndexPage {
    let lessons: [Lesson]
    /// Lessons whose last run failed, by number.
    let failed: Set<Int>

    /// The index of `lessons` (those whose pages are in the site), marking those in `failed`.
    public init(lessons: [Lesson], failed: Set<Int>) {
        self.lessons = lessons
        self.failed = failed
    }

    /// The lead paragraph, also the page's description.
    static let lead = "Why deep networks are hard to train, and what fixes each problem, shown by experiments that really run."

    /// The complete page.
    public func html() throws -> String {
        try Templates.render("index.mustache", [
            "courseTitle": LessonPage.courseTitle,
            "lead": Self.lead,
            "lessons": lessons.map { lesson -> [String: Any] in
                var entry: [String: Any] = [
                    "href": lesson.pageName, "number": lesson.paddedNumber,
                    "title": lesson.title, "summary": lesson.summary,
                ]
                if failed.contains(lesson.number) { entry["failed"] = true }
                return entry
            },
        ])
    }
}
