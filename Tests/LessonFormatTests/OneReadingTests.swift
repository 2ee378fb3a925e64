import Testing
@testable import LessonFormat

/// Inputs on which the readers of a lesson once disagreed (issue 11, item 7): each is read
/// here once, by the parser; `LessonFuzzTests` checks that the compiler and both renderers
/// read them the same way.
@Suite struct OneReadingTests {
    @Test func anInlineValueInImageAltTextIsAnErrorAtItsLine() {
        let error = parseError("# T\n\nA plot ![of `= loss`](plot.png) and `= 2`.\n")
        #expect(error?.line == 3)
        #expect(error?.message.contains("image") == true)
        #expect(parseError("# T\n\n![a plot\nof `= loss`](plot.png)\n")?.line == 4)
        #expect(parseError("# T\n\n![see [`= x`](u)](p.png)\n")?.line == 3)
    }

    @Test func anInlineValueInImageAltTextInAQuizIsAnErrorAtItsLine() {
        let error = parseError("""
            # T

            ```quiz id=q
            Which? ![`= 1`](p.png)
            - [x] a
            - [ ] b
            > Because.
            ```
            """)
        #expect(error?.line == 4)
        #expect(error?.message.contains("image") == true)
    }

    @Test func aCodeSpanBrokenOverLinesKeepsLaterValuesOnTheirLines() throws {
        let lesson = try parse("""
            # T

            A value `= 1 +
            2` then `= 3`
            and `= 4` here, [a link](09-x.md).
            """)
        #expect(lesson.inlineValues.map(\.expression) == ["1 + 2", "3", "4"])
        #expect(lesson.inlineValues.map(\.line) == [3, 4, 5])
        #expect(lesson.lessonLinks.map(\.line) == [5])
    }

    @Test func aBackslashLineBreakMovesLaterValuesToTheNextLine() throws {
        // Found by the fuzz check's own corpus: cmark does not count this break in its positions.
        let lesson = try parse("# T\n\nA `= 1` and `= 2`\\\nthen `= 3`.\n")
        #expect(lesson.inlineValues.map(\.line) == [3, 3, 4])
    }

    @Test func aLinkBrokenOverLinesKeepsLaterValuesOnTheirLines() throws {
        let lesson = try parse("# T\n\nA [link](https://example.com\n\"its title\") then `= 1`\nand `= 2`.\n")
        #expect(lesson.inlineValues.map(\.line) == [4, 5])
    }

    @Test func aCodeSpanBrokenOverLinesInAQuizKeepsLaterValuesOnTheirLines() throws {
        let lesson = try parse("""
            # T

            ```quiz id=q
            Is `= a` more
            than `= a`?
            answer: 1
            > Yes: `= b +
            > c` and `= d`.
            ```
            """)
        #expect(lesson.inlineValues.map(\.expression) == ["a", "a", "b + c", "d"])
        #expect(lesson.inlineValues.map(\.line) == [4, 5, 7, 8])
    }

    @Test func aFenceInAListInAListIsACell() throws {
        let lesson = try parse("""
            # T

            - - ```swift
                let a = 1
                ```
            - 1. ~~~swift
                 let b = 2
                 ~~~
            """)
        #expect(lesson.cells.map(\.fenceLine) == [3, 6])
        #expect(lesson.cells.map(\.code) == ["let a = 1\n", "let b = 2\n"])
    }

    @Test func aFenceInAQuoteInAListIsACell() throws {
        let lesson = try parse("""
            # T

            - > ```swift
              > let a = 1
              > ```

            1. > > ```swift
               > > let b = 2
               > > ```
            """)
        #expect(lesson.cells.map(\.fenceLine) == [3, 7])
        #expect(lesson.cells.map(\.code) == ["let a = 1\n", "let b = 2\n"])
    }

    @Test func aFenceEndedByItsContainerIsNeverClosed() {
        // The line after the quote or item looks like a closing fence but opens a new one.
        #expect(parseError("# T\n\n> ```swift\n> let a = 1\n```\n\nText.\n")?.line == 3)
        #expect(parseError("# T\n\n- ```swift\n  let a = 1\n- ```\n\nText.\n")?.line == 3)
        #expect(parseError("# T\n\n- ```swift\n  - ```\n")?.line == 3)
    }
}
