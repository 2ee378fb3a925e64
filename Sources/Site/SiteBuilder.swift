import Foundation
import LessonFormat

/// Renders every lesson's page and the index, and writes them as one site.
public struct SiteBuilder {
    let runs: [LessonRun]
    let all: [Lesson]

    /// `runs` are the lessons just run; `all` is every lesson of the course in order (for
    /// navigation and the index), which may include lessons not run this time.
    public init(runs: [LessonRun], all: [Lesson]) {
        self.runs = runs
        self.all = all
    }

    /// The pages for `runs` and the index, by file name.
    public func pages() throws -> [String: String] {
        var pages: [String: String] = [:]
        for run in runs {
            pages[run.pageName] = try LessonPage(run: run, all: all).html()
        }
        let failed = Set(runs.filter { $0.problem != nil }.map(\.lesson.number))
        pages["index.html"] = try IndexPage(lessons: all, failed: failed).html()
        return pages
    }
}
