import Foundation
import LessonFormat
import Notebook
import Site
import Testing

@Suite struct LessonPageTests {
    @Test func pageMatchesTheSnapshot() throws {
        let run = try snapshotRun()
        let html = try LessonPage(run: run, all: [run.lesson]).html()
        #expect(try matchesSnapshot(html, "05-snapshot.html"), "run with RECORD_SNAPSHOTS=1 to accept the new page")
    }

    @Test func outputIsEscaped() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        #expect(html.contains("&lt;b&gt;not bold&lt;/b&gt; &amp; friends"))
        #expect(!html.contains("<b>not bold</b>"))
    }

    @Test func quizFormsDoNotGiveTheAnswerAway() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        let form = try #require(html.range(of: "<form class=\"quiz\" id=\"quiz-peak\"")).lowerBound
        let end = try #require(html[form...].range(of: "</form>")).upperBound
        let quiz = String(html[form..<end])
        #expect(!quiz.contains("0.25"), "the numeric key is not in the page before answering")
        #expect(!quiz.contains("peaks at"), "the explanation is not in the page before answering")
        #expect(quiz.contains("<label for=\"quiz-peak-answer\">Your answer</label> <input type=\"text\" id=\"quiz-peak-answer\""))
        #expect(!quiz.contains("inputmode"), "every phone keyboard offers a minus sign and an exponent")
        #expect(quiz.contains("role=\"status\""))
        let pick = try #require(html.range(of: "id=\"quiz-pick\"")).lowerBound
        let choices = String(html[pick...])
        #expect(!choices.contains("correct"), "no choice is marked correct")
        #expect(choices.contains("type=\"checkbox\""), "several correct answers get checkboxes")
    }

    @Test func theEncodedKeyDecodesToTheRunsKey() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        let start = try #require(html.range(of: "data-key=\"")).upperBound
        let encoded = String(html[start...].prefix { $0 != "\"" })
        let data = try #require(Data(base64Encoded: String(encoded.reversed())))
        #expect(String(decoding: data, as: UTF8.self) == #"{"answer":"0.25 ± 0.01","key":0.25,"tolerance":{"absolute":0.01}}"#)
    }

    @Test func theTableOfContentsListsTheSections() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        #expect(html.contains("<li class=\"level-2\"><a href=\"#code-and-output\">Code and output</a></li>"))
        #expect(html.contains("<h2 id=\"quizzes\">Quizzes <a class=\"permalink\" href=\"#quizzes\""))
    }

    @Test func missingValuesAndFailuresAreShownInPlace() throws {
        var run = try snapshotRun()
        var record = run.record
        record.values = []
        record.cells = [record.cells[0]]
        record.completed = false
        record.failure = Failure(kind: .crash, cell: 0, line: 11, message: "Fatal error: <boom>")
        run = LessonRun(lesson: run.lesson, record: record)
        let html = try LessonPage(run: run, all: [run.lesson]).html()
        #expect(html.contains("class=\"value missing\""))
        #expect(html.contains("The lesson crashed in this cell"))
        #expect(html.contains("Lessons/05-snapshot.md:11"))
        #expect(html.contains("Fatal error: &lt;boom&gt;"))
        #expect(html.contains("class=\"run-failed\""))
    }

    @Test func neighboursAreLinkedRelatively() throws {
        let run = try snapshotRun()
        let before = try LessonParser.parse(source: "# Before\n", path: "Lessons/04-before.md")
        let after = try LessonParser.parse(source: "# After\n", path: "Lessons/06-after.md")
        let html = try LessonPage(run: run, all: [before, run.lesson, after]).html()
        let previous = "<a class=\"previous\" rel=\"prev\" href=\"04-before.html\">←&nbsp;04 · Before</a>"
        #expect(html.components(separatedBy: previous).count == 3, "previous and next sit at the top and the bottom")
        #expect(html.contains("<a class=\"next\" rel=\"next\" href=\"06-after.html\">06 · After&nbsp;→</a>"))
        #expect(html.contains("<li class=\"current\"><a href=\"05-snapshot.html\" aria-current=\"page\">"))
        #expect(html.range(of: "</h1>\n<nav class=\"pager pager-top\"") != nil, "the title comes first")
    }

    @Test func theDescriptionIsTheSummary() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        #expect(html.contains("<meta name=\"description\" content=\"The renderers are pinned on this page: prose with a value = v,"))
    }

    @Test func inlineValuesRevealTheirExpressionToKeyboardAndTouch() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        #expect(html.contains("<span class=\"value\" tabindex=\"0\" aria-describedby=\"value-0\">0.25"
            + "<span class=\"value-expression\" id=\"value-0\" role=\"tooltip\">= v</span></span>"))
        #expect(!html.contains("title=\"= v\""))
    }

    @Test func shownCellsHaveACopyButtonAndHiddenCellsADisclosure() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        #expect(html.contains("<div class=\"code-box\"><button type=\"button\" class=\"copy needs-js\""))
        #expect(html.contains("<details class=\"hidden-code\"><summary>Show the code</summary>"))
    }
}
