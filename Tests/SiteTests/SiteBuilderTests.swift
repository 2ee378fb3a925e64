import Foundation
import LessonFormat
import Notebook
@testable import Site
import Testing

/// What the builder links to: only pages the site will hold; and links between lessons.
@Suite struct SiteBuilderTests {
    private func lesson(_ number: Int, _ id: String, _ body: String = "") throws -> Lesson {
        let name = "\(number < 10 ? "0" : "")\(number)-\(id)"
        return try LessonParser.parse(source: "# Lesson \(id)\n\nAbout \(id).\n\(body)", path: "Lessons/\(name).md")
    }

    private func run(_ lesson: Lesson) -> LessonRun {
        var record = RunRecord(path: lesson.path)
        record.completed = true
        return LessonRun(lesson: lesson, record: record)
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "site-builder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aSiteOfSomeLessonsLinksOnlyToTheirPages() throws {
        let all = try [lesson(1, "one"), lesson(2, "two"), lesson(3, "three")]
        let pages = try SiteBuilder(runs: [run(all[1])], all: all).pages()
        #expect(pages.keys.sorted() == ["02-two.html", "index.html", "search-index.js"])
        let index = try #require(pages["index.html"])
        #expect(index.contains("href=\"02-two.html\""))
        #expect(!index.contains("01-one.html") && !index.contains("03-three.html"))
        let page = try #require(pages["02-two.html"])
        #expect(!page.contains("01-one.html") && !page.contains("03-three.html"), "no sidebar entry or neighbour without a page")
    }

    @Test func aPartialRebuildLinksThePagesItKeeps() throws {
        let all = try [lesson(1, "one"), lesson(2, "two"), lesson(3, "three")]
        let previous = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: previous) }
        let first = try SiteBuilder(runs: [run(all[0])], all: all).pages()
        for (name, text) in first { try text.write(to: previous.appending(path: name), atomically: true, encoding: .utf8) }

        let pages = try SiteBuilder(runs: [run(all[2])], all: all, keepingPagesOf: previous).pages()
        let index = try #require(pages["index.html"])
        #expect(index.contains("href=\"01-one.html\"") && index.contains("href=\"03-three.html\""))
        #expect(!index.contains("02-two.html"))
        let page = try #require(pages["03-three.html"])
        #expect(page.contains("<a class=\"previous\" rel=\"prev\" href=\"01-one.html\">"), "the neighbour is the nearest page that exists")
        let search = try #require(pages["search-index.js"])
        #expect(search.contains("\"page\":\"01-one.html\"") && search.contains("\"page\":\"03-three.html\""),
                "the kept lesson stays searchable")
    }

    @Test func aLinkToALessonOutsideTheCourseFailsAtItsLine() throws {
        let broken = try lesson(2, "two", "\nFirst line.\nSee [lesson 9](09-missing.md) for more.\n")
        #expect(throws: LessonFormatError(path: "Lessons/02-two.md", line: 6,
                                          message: "this link names the lesson file 09-missing.md, which is not in the course; "
                                              + "the course's lessons are 01-one.md, 02-two.md")) {
            try SiteBuilder(runs: [run(broken)], all: [lesson(1, "one"), broken]).pages()
        }
    }

    @Test func linksToLessonFilesLeadToTheirPages() throws {
        let linking = try lesson(2, "two", "\nBack to [lesson 1](01-one.md#intro) and [its start](./01-one.md).\n")
        let pages = try SiteBuilder(runs: [run(linking)], all: [lesson(1, "one"), linking]).pages()
        let page = try #require(pages["02-two.html"])
        #expect(page.contains("<a href=\"01-one.html#intro\">lesson 1</a> and <a href=\"01-one.html\">its start</a>"))
    }

    @Test func theSearchIndexHoldsProseValuesAndOutputsButNoAnswers() throws {
        let searched = try lesson(2, "two", """

            ## First part

            The value is `= v`.

            ```swift
            let v = 0.5
            ```

            ```quiz id=q
            What is v?
            answer: `= v`
            > The secret explanation.
            ```
            """)
        var record = RunRecord(path: searched.path)
        var cell = CellRun(index: 0)
        cell.outputs = [.text("printed words\n")]
        record.cells = [cell]
        record.values = [ValueRun(index: 0, text: "0.5", number: 0.5)]
        record.completed = true
        let pages = try SiteBuilder(runs: [LessonRun(lesson: searched, record: record)], all: [searched]).pages()
        let search = try #require(pages["search-index.js"])
        #expect(search.hasPrefix("window.courseSearchIndex = [\n"))
        #expect(search.contains(#"{"anchor":"first-part","heading":"First part","text":"The value is 0.5. printed words What is v?"}"#))
        #expect(!search.contains("secret"))
    }
}
