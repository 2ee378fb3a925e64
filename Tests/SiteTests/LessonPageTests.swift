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
        #expect(quiz.contains("<label>Your answer <input type=\"text\""))
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
        #expect(String(decoding: data, as: UTF8.self) == #"{"key":0.25,"text":"0.25","tolerance":{"absolute":0.01}}"#)
    }

    @Test func theTableOfContentsListsTheSections() throws {
        let html = try LessonPage(run: snapshotRun(), all: []).html()
        #expect(html.contains("<li class=\"toc-level-2\"><a href=\"#code-and-output\">Code and output</a></li>"))
        #expect(html.contains("<h2 id=\"quizzes\">Quizzes</h2>"))
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
        #expect(html.contains("<a class=\"previous\" rel=\"prev\" href=\"04-before.html\">← 04 · Before</a>"))
        #expect(html.contains("<a class=\"next\" rel=\"next\" href=\"06-after.html\">06 · After →</a>"))
    }
}
