@testable import LessonFormat
import Testing

@Suite struct LessonLinksTests {
    private func lesson(_ source: String) throws -> Lesson {
        try LessonParser.parse(source: source, path: "Lessons/03-links.md")
    }

    @Test func linksToLessonFilesAreFoundWithTheirLines() throws {
        let links = try lesson("""
            # Links

            A first line,
            then [lesson 8](08-data-leakage.md) and [its test set](./08-data-leakage.md#the-sealed-test-set).

            - an item with [lesson 2](02-vanishing-gradients.md)

            Not lessons: [the README](../README.md), [a site](https://example.com/01-x.md), [a note](notes.md).

            ```quiz id=q
            Which lesson?
            - [x] [lesson 9](09-overfitting.md)
            - [ ] none
            > Because.
            ```
            """).lessonLinks
        #expect(links == [
            LessonLink(fileName: "08-data-leakage.md", fragment: nil, line: 4),
            LessonLink(fileName: "08-data-leakage.md", fragment: "the-sealed-test-set", line: 4),
            LessonLink(fileName: "02-vanishing-gradients.md", fragment: nil, line: 6),
            LessonLink(fileName: "09-overfitting.md", fragment: nil, line: 12),
        ])
    }

    @Test func aLinkToALessonTheCourseDoesNotHaveFailsAtItsLine() throws {
        let linking = try lesson("# Links\n\nSee [lesson 8](08-data-leak.md).\n")
        #expect(throws: LessonFormatError(path: "Lessons/03-links.md", line: 3,
                                          message: "this link names the lesson file 08-data-leak.md, which is not in the course; did you mean 08-data-leakage.md?")) {
            try linking.checkLessonLinks(against: ["03-links.md", "08-data-leakage.md"])
        }
        try linking.checkLessonLinks(against: ["03-links.md", "08-data-leak.md"])
    }
}
