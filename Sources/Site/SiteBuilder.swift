import Foundation
import LessonFormat

/// Renders every lesson's page, the index and the search index, for one site.
///
/// The navigation, the index and the search link only to pages the site will hold: those
/// rendered now and, when rebuilding some lessons of an existing site, the pages kept from it.
public struct SiteBuilder {
    let runs: [LessonRun]
    let all: [Lesson]
    let previous: URL?

    /// `runs` are the lessons just run; `all` is every lesson of the course in order; the
    /// pages of `previous`, the site being partly rebuilt, are kept (nil for a whole site).
    public init(runs: [LessonRun], all: [Lesson], keepingPagesOf previous: URL? = nil) {
        self.runs = runs
        self.all = all
        self.previous = previous
    }

    /// The pages for `runs`, the index and the search index, by file name. Fails at the
    /// line of a link to a lesson file that is not in the course.
    public func pages() throws -> [String: String] {
        let fileNames = all.map(\.fileName)
        for run in runs { try run.lesson.checkLessonLinks(against: fileNames) }
        let rebuilt = Set(runs.map(\.pageName))
        let kept = keptPages.subtracting(rebuilt)
        let linked = all.filter { rebuilt.contains($0.pageName) || kept.contains($0.pageName) }

        var pages: [String: String] = [:]
        var search = previous.map(SearchIndexFile.entries) ?? []
        search.removeAll { !kept.contains($0.page) }
        for run in runs {
            let page = try LessonPage(run: run, all: linked).rendered()
            pages[run.pageName] = page.html
            search.append(page.search)
        }
        let failed = Set(runs.filter { $0.problem != nil }.map(\.lesson.number))
        pages["index.html"] = try IndexPage(lessons: linked, failed: failed).html()
        pages[SearchIndexFile.name] = try SearchIndexFile.contents(search)
        return pages
    }

    /// The lesson pages already in `previous`.
    private var keptPages: Set<String> {
        guard let previous, let names = try? FileManager.default.contentsOfDirectory(atPath: previous.path) else { return [] }
        return Set(all.map(\.pageName)).intersection(names)
    }
}
