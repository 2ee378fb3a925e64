import Testing
@testable import LessonFormat

/// Parses `markdown` as lesson 7 at `Lessons/07-sample.md`.
func parse(_ markdown: String) throws -> Lesson {
    try LessonParser.parse(source: markdown, path: "Lessons/07-sample.md")
}

/// The error parsing `markdown` throws, or `nil` if it parses.
func parseError(_ markdown: String) -> LessonFormatError? {
    do {
        _ = try parse(markdown)
        return nil
    } catch {
        return error as? LessonFormatError
    }
}

@Suite struct LessonParserTests {
    @Test func readsNumberIdTitleAndSummaryFromFileNameAndHeading() throws {
        let lesson = try parse("# Vanishing gradients\n\nWhy deep nets *stall*.\n\nMore.\n")
        #expect(lesson.number == 7)
        #expect(lesson.id == "sample")
        #expect(lesson.title == "Vanishing gradients")
        #expect(lesson.summary == "Why deep nets stall.")
        #expect(lesson.fileName == "07-sample.md")
    }

    @Test func cellsKeepTheirFenceLineCodeAndFlags() throws {
        let lesson = try parse("""
            # T

            ```swift
            let a = 1
            ```

            ```swift hide
            let b = 2
            ```

            ```swift norun
            not swift
            ```

            ```swift toplevel
            struct S {}
            ```
            """)
        #expect(lesson.cells.map(\.fenceLine) == [3, 7, 11, 15])
        #expect(lesson.cells.map(\.firstCodeLine) == [4, 8, 12, 16])
        #expect(lesson.cells[0].code == "let a = 1\n")
        #expect(lesson.cells[1].flags == .hide)
        #expect(lesson.cells[2].flags == .noRun)
        #expect(lesson.cells[3].flags == .topLevel)
        #expect(lesson.cells.map(\.runs) == [true, true, false, false])
        #expect(lesson.cells.map(\.showsCode) == [true, false, true, true])
    }

    @Test func otherLanguagesAreNotCells() throws {
        let lesson = try parse("# T\n\n```text\nplain\n```\n\n```\nnothing\n```\n\n    indented code\n")
        #expect(lesson.cells.isEmpty)
    }

    @Test func tildeFencesAndLongerBacktickFencesAreCells() throws {
        let lesson = try parse("""
            # T

            ~~~swift
            let a = "```"
            ~~~

            ````swift
            let b = 2
            ```
            still inside
            ````
            """)
        #expect(lesson.cells.count == 2)
        #expect(lesson.cells[0].code == "let a = \"```\"\n")
        #expect(lesson.cells[1].code == "let b = 2\n```\nstill inside\n")
        #expect(lesson.cells[1].fenceLine == 7)
    }

    @Test func indentedFencesKeepLineNumbers() throws {
        let lesson = try parse("# T\n\n   ```swift\n   let a = 1\n   ```\n\n- item\n\n  ```swift\n  let b = 2\n  ```\n")
        #expect(lesson.cells.map(\.fenceLine) == [3, 9])
        #expect(lesson.cells[0].code == "let a = 1\n")
        #expect(lesson.cells[1].code == "let b = 2\n")
    }

    @Test func inlineValuesRecordLineAndPrecedingRunningCell() throws {
        let lesson = try parse("""
            # T `= early`

            Before any cell: `= a`.

            ```swift
            let x = 1
            ```

            ```swift norun
            skipped
            ```

            - in a list `= x + 1`
            - *emphasis `= x * 2`* and **strong `= x * 3`**

            ## Heading with `= x`

            A paragraph
            over two lines `= x - 1` with `code` that is not a value.
            """)
        let values = lesson.inlineValues
        #expect(values.map(\.expression) == ["early", "a", "x + 1", "x * 2", "x * 3", "x", "x - 1"])
        #expect(values.map(\.line) == [1, 3, 13, 14, 14, 16, 19])
        #expect(values.map(\.afterCell) == [nil, nil, 0, 0, 0, 0, 0])
        #expect(values.map(\.index) == Array(0..<7))
    }

    @Test func codeSpansWithoutEqualsSpaceAreOrdinaryCode() throws {
        let lesson = try parse("# T\n\n`=x` and `a = b` and `==` are code.\n")
        #expect(lesson.inlineValues.isEmpty)
    }

    @Test func unclosedFenceIsAnErrorAtItsOpeningLine() {
        let error = parseError("# T\n\nText.\n\n```swift\nlet a = 1\n\nMore text that the fence swallowed.\n")
        #expect(error?.line == 5)
        #expect(error?.description.hasPrefix("Lessons/07-sample.md:5: error:") == true)
        #expect(error?.message.contains("never closed") == true)
    }

    @Test func unclosedFenceInsideAListIsAnError() {
        let error = parseError("# T\n\n- item\n\n  ```swift\n  let a = 1\n\nafter\n")
        #expect(error?.line == 5)
    }

    @Test func closedFenceOnTheLastLineIsFine() throws {
        let lesson = try parse("# T\n\n```swift\nlet a = 1\n```")
        #expect(lesson.cells.count == 1)
    }

    @Test func unknownFlagIsAnErrorListingTheValidOnes() {
        let error = parseError("# T\n\n```swift hidden\nlet a = 1\n```\n")
        #expect(error?.line == 3)
        #expect(error?.message.contains("hide, norun, toplevel") == true)
    }

    @Test func norunCombinedWithAnotherFlagIsAnError() {
        #expect(parseError("# T\n\n```swift norun hide\nx\n```\n")?.line == 3)
    }

    @Test func missingTitleIsAnError() {
        #expect(parseError("Just text.\n")?.message.contains("title") == true)
    }

    @Test func badFileNameIsAnError() {
        #expect(throws: LessonFormatError.self) {
            try LessonParser.parse(source: "# T\n", path: "Lessons/Intro.md")
        }
    }

    @Test func emptyInlineValueIsAnError() {
        #expect(parseError("# T\n\nA value `= ` here.\n")?.line == 3)
        #expect(parseError("# T\n\nA value `=  ` here.\n")?.message.contains("needs an expression") == true)
    }
}

@Suite struct LessonFileNameTests {
    @Test func acceptsNumberHyphenId() {
        #expect(LessonFileName("02-vanishing-gradients.md")?.number == 2)
        #expect(LessonFileName("02-vanishing-gradients.md")?.id == "vanishing-gradients")
        #expect(LessonFileName("14-putting-it-all-together.md")?.number == 14)
    }

    @Test func rejectsOtherShapes() {
        for name in ["intro.md", "02_x.md", "02-.md", "-x.md", "02-Upper.md", "02-x.txt", "xx-y.md", "02-x-.md", "+7-x.md", "7-x.md", "007-x.md"] {
            #expect(LessonFileName(name) == nil, "\(name)")
        }
    }
}
