import Foundation
import Testing

/// Builds the fixture book once: a working lesson, one that traps, one whose claim fails,
/// one that throws, one that hangs past a four-second budget, one that prints past a 1 MB
/// output cap, two that declare the same names, one that unwraps nil, one that calls
/// `fatalError`, one with numbers that are not finite, one that prints escape sequences, one
/// with knobs and an explorable figure.
@Suite(.serialized) struct FixtureBuildTests {
    static let build: (transcript: Transcript, site: URL) = {
        let folder = try! temporaryFolder()
        let site = folder.appending(path: "site")
        let transcript = try! run(Programs.fixtures, ["build", "--out", site.path, "--budget", "4", "--output-cap", "1"])
        return (transcript, site)
    }()

    func page(_ name: String) throws -> String {
        try String(contentsOf: Self.build.site.appending(path: name), encoding: .utf8)
    }

    @Test func buildExitsNonZeroAndNamesEveryFailingLessonAndLine() {
        let (transcript, _) = Self.build
        #expect(transcript.status == 1)
        #expect(transcript.errors.contains("Sources/FixtureBook/Lessons/02-traps.md:15 the lesson crashed: Fatal error: Index out of range"))
        #expect(transcript.errors.contains("Sources/FixtureBook/Lessons/03-broken-claim.md:5"))
        #expect(transcript.errors.contains("Sources/FixtureBook/Lessons/04-throws.md:9"))
        #expect(transcript.errors.contains("the fixture threw on purpose"))
        #expect(transcript.errors.contains("05-hangs.md:7"))
        #expect(transcript.errors.contains("time budget"))
        #expect(!transcript.errors.contains("01-works.md:"), "the working lesson is not reported")
    }

    @Test func everyPageIsWrittenEvenWhenLessonsFail() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.build.site.path).sorted()
        #expect(names == [".course-site", "01-works.html", "02-traps.html", "03-broken-claim.html", "04-throws.html",
                          "05-hangs.html", "06-prints-forever.html", "07-same-names.html", "08-same-names-too.html",
                          "09-unwraps-nil.html", "10-gives-up.html", "11-non-finite.html", "12-escapes.html",
                          "13-knobs.html", "14-preview.html", "course.css", "course.js", "index.html", "search-index.js"])
    }

    @Test func theWorkingPageIsComplete() throws {
        let html = try page("01-works.html")
        #expect(html.contains("<pre class=\"output\">total: 10.0</pre>"))
        #expect(html.contains(">= total</span></span> and half of it is <span class=\"value\" tabindex=\"0\" aria-describedby=\"value-1\">5<span class=\"value-expression\" id=\"value-1\" role=\"tooltip\">= total / 2</span></span>"))
        #expect(html.contains("a hidden cell printed this"))
        #expect(html.contains("<details class=\"hidden-code\"><summary>Show the code</summary>"), "hidden code waits behind a disclosure")
        #expect(html.contains("shown but never compiled"), "norun code is shown")
        #expect(html.contains("the hidden answer is 42"))
        #expect(html.contains("class=\"claim held\""))
        #expect(!html.contains("run-failed"))
        #expect(html.contains("<figure class=\"figure table\" id=\"figure-4-1\" data-view=\"graphic\">"))
    }

    @Test func outputFromEverySourceIsCapturedInOrderAroundFigures() throws {
        let html = try page("01-works.html")
        #expect(html.contains("<pre class=\"output\">from Swift print\nfrom FileHandle\nfrom C puts</pre>\n<figure class=\"figure bar-chart\""))
        #expect(html.contains("</figure>\n<pre class=\"output\">from standard error</pre>"))
    }

    @Test func theTrapIsShownInItsCellWithWhatItPrintedFirst() throws {
        let html = try page("02-traps.html")
        #expect(html.contains("before the trap"))
        #expect(html.contains("about to read 5"))
        #expect(html.contains("The lesson crashed in this cell"))
        #expect(html.contains("Sources/FixtureBook/Lessons/02-traps.md:15"))
        #expect(html.contains("Fatal error: Index out of range"))
        #expect(html.contains("Not run: the lesson stopped before this cell."))
        #expect(!html.contains("unreachable</pre>"))
    }

    @Test func aBrokenClaimIsMarkedAndTheRunGoesOn() throws {
        let html = try page("03-broken-claim.html")
        #expect(html.contains("class=\"claim broken\""))
        #expect(html.contains("the measurement is close to one"))
        #expect(html.contains("03-broken-claim.md:5"))
        #expect(html.contains(">1<span class=\"value-expression\" id=\"value-0\" role=\"tooltip\">= measured * 2</span>"),
                "values after the claim are still computed")
    }

    @Test func aThrownErrorAndATimeoutAreShownWhereTheyHappened() throws {
        #expect(try page("04-throws.html").contains("This cell threw an error"))
        let hangs = try page("05-hangs.html")
        #expect(hangs.contains("ran out of time in this cell"))
        #expect(hangs.contains("starting a long wait"))
    }

    @Test func theIndexMarksTheFailedLessons() throws {
        let index = try page("index.html")
        #expect(index.components(separatedBy: "<li class=\"failed\">").count - 1 == 8)
        #expect(index.contains("A lesson that works"))
    }

    @Test func twoLessonsMayDeclareTheSameNames() throws {
        #expect(try page("07-same-names.html").contains("network of lesson 7 attempt of lesson 7 10"))
        #expect(try page("08-same-names-too.html").contains("network of lesson 8 attempt of lesson 8 11 100.0"),
                "Foundation's log, exp and pow on Double work beside the engine's tensor functions")
    }

    @Test func trapsAreReportedAtTheStatementWithTheRuntimesMessage() {
        let errors = Self.build.transcript.errors
        #expect(errors.contains("09-unwraps-nil.md:6 the lesson crashed: Fatal error: Unexpectedly found nil while unwrapping an Optional value"))
        #expect(errors.contains("10-gives-up.md:6 the lesson crashed: Fatal error: the fixture gave up after 3 steps"))
        #expect(!errors.contains("LessonBook/") && !errors.contains("FixtureBook/10-gives-up"), "no module path stands in for the lesson's")
        #expect(!errors.contains("no frame of the lesson"))
    }

    @Test func aCellThatPrintsForeverIsStoppedAtTheCap() throws {
        #expect(Self.build.transcript.errors.contains("06-prints-forever.md:7 the lesson crashed: the cell printed more than the output cap of 1 MB"))
        let html = try page("06-prints-forever.html")
        #expect(html.contains("line 1 of a loop that never ends"))
        #expect(html.utf8.count < 200_000, "only the start of the runaway output is kept")
    }

    @Test func numbersThatAreNotFiniteAreRecordedAndShown() throws {
        let html = try page("11-non-finite.html")
        for shown in ["NaN", "∞", "−∞"] {
            #expect(html.contains("class=\"value\" tabindex=\"0\" aria-describedby=\"value-\(["NaN", "∞", "−∞"].firstIndex(of: shown)!)\">\(shown)<"))
        }
        #expect(html.contains("measured NaN, expected 0…1"))
        let errors = Self.build.transcript.errors
        #expect(errors.contains("11-non-finite.md:7"))
        #expect(errors.contains("2 claims in the text did not hold"), "the NaN quiz key fails at its quiz")
        #expect(!html.contains("Not run"), "a NaN does not cut the run record short")
    }

    @Test func knobsAndAnExplorableFigureAreOnThePage() throws {
        let html = try page("13-knobs.html")
        #expect(html.contains("<li class=\"knob\" id=\"knob-rate\">"))
        #expect(html.contains("<code class=\"knob-command\">course run 13 --set halving=true</code>"))
        #expect(html.contains("<input type=\"range\" class=\"explorer-slider\" id=\"figure-1-1-slider\" min=\"0\" max=\"3\" "
            + "step=\"1\" value=\"1\" aria-valuetext=\"rate = 0.5\""))
        #expect(html.components(separatedBy: "<div class=\"explorable-frame\"").count - 1 == 4)
        #expect(html.contains("<div class=\"explorable-frame\" data-value=\"1\" hidden>"))
        #expect(html.contains(">Distance left at rate 1.0</p>"))
    }
}
