import Testing
@testable import LessonFormat

@Suite struct LessonHTMLTests {
    let lesson: Lesson

    init() throws {
        lesson = try parse("""
            # Title with `= 1`

            Intro `= 2`.

            ## First section

            ```swift
            let a = 1
            ```

            ```text
            <not a cell>
            ```

            ## First section

            ```quiz id=q
            Q `= 3`?
            answer: 1
            > Because `= 4`.
            ```
            """)
    }

    private var splices: HTMLSplices {
        HTMLSplices(
            cell: { "<div class=\"cell\">cell \($0.index)</div>\n" },
            inlineValue: { "<b>v\($0.index)<i>= expression</i></b>" },
            inlineValueText: { "v\($0.index)" },
            quiz: { quiz in
                "<form>" + quiz.question.renderHTML { "<b>v\($0.index)</b>" }
                    + quiz.explanation.renderHTML { "<b>v\($0.index)</b>" } + "</form>\n"
            }
        )
    }

    @Test func splicesCellsValuesAndQuizzesInPlace() {
        let html = lesson.renderHTML(splices).body
        #expect(html.contains("<h1 id=\"title-with-v0\">Title with <b>v0<i>= expression</i></b></h1>"))
        #expect(html.contains("<p>Intro <b>v1<i>= expression</i></b>.</p>"))
        #expect(html.contains("<div class=\"cell\">cell 0</div>"))
        #expect(html.contains("<form><p>Q <b>v2</b>?</p>\n<p>Because <b>v3</b>.</p>\n</form>"))
        #expect(!html.contains("let a = 1"))
        #expect(!html.contains("```"))
    }

    @Test func ordinaryCodeBlocksStayEscapedCode() {
        #expect(lesson.renderHTML(splices).body.contains("<pre><code class=\"language-text\">&lt;not a cell&gt;\n</code></pre>"))
    }

    @Test func headingsGetUniqueAnchorsForTheTableOfContents() {
        let headings = lesson.renderHTML(splices).headings
        #expect(headings.map(\.anchor) == ["first-section", "first-section-2"])
        #expect(headings.map(\.level) == [2, 2])
        #expect(lesson.renderHTML(splices).body.contains("<h2 id=\"first-section-2\">First section</h2>"))
    }

    @Test func aHeadingsTextAndAnchorShowItsValuesAsText() throws {
        // The contents once read "Loss falls to 0.25= loss": the value's HTML, tags stripped.
        let headings = try parse("# T\n\n## Loss falls to `= loss`\n").renderHTML(splices).headings
        #expect(headings.map(\.text) == ["Loss falls to v0"])
        #expect(headings.map(\.anchor) == ["loss-falls-to-v0"])
    }

    @Test func blocksCarryCellsQuizzesAndValues() {
        let blocks = lesson.blocks
        #expect(blocks.contains(.cell(lesson.cells[0])))
        #expect(blocks.contains(.quiz(lesson.quizzes[0])))
        #expect(blocks.contains(.code(language: "text", text: "<not a cell>\n")))
        #expect(blocks.first == .heading(level: 1, [.text("Title with "), .value(lesson.inlineValues[0])]))
        #expect(blocks[1] == .paragraph([.text("Intro "), .value(lesson.inlineValues[1]), .text(".")]))
    }
}
