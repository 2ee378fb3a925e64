import Foundation
import LessonFormat
import Notebook
@testable import Site
import Testing

/// Knobs where a cell declares them, on the page and in the terminal, and the report of a
/// run with settings: the settings at the top, what changed at the end.
@Suite struct KnobRenderingTests {
    static let rate = Knob(name: "rate", kind: .number(lower: 0, upper: 2), defaultValue: "0.5", value: "0.5",
                           help: "share of the distance <covered>", cell: 0, line: 8)

    private func run(knobs: [Knob], claims: [Claim] = []) throws -> LessonRun {
        let lesson = try LessonParser.parse(source: "# Knobs\n\n```swift\nlet rate = 0.5\n```\n", path: "Lessons/13-knobs.md")
        var record = RunRecord(path: lesson.path)
        record.cells = [CellRun(index: 0)]
        record.knobs = knobs
        record.claims = claims
        record.completed = true
        return LessonRun(lesson: lesson, record: record)
    }

    private func claim(_ held: Bool, measured: String? = nil, line: Int = 9, _ statement: String = "it ends near zero") -> Claim {
        Claim(cell: 0, line: line, statement: statement, detail: "", held: held, measured: measured)
    }

    @Test func thePageShowsAKnobInItsCellWithTheCommandThatTurnsIt() throws {
        let run = try run(knobs: [Self.rate])
        let html = CellHTML(run: run).html(run.lesson.cells[0])
        #expect(html.contains("<ul class=\"knobs\" aria-label=\"Knobs you can turn\">\n<li class=\"knob\" id=\"knob-rate\">"))
        #expect(html.contains("<code class=\"knob-name\">rate</code> = <code class=\"knob-value\">0.5</code> "
            + "<span class=\"knob-kind\">(a number in 0…2)</span>: share of the distance &lt;covered&gt;."))
        #expect(html.contains("<code class=\"knob-command\">course run 13 --set rate=0</code>"))
    }

    @Test func theTerminalShowsTheKnobAndATurnedOneItsDefault() throws {
        var turned = Self.rate
        turned.value = "0.1"
        let text = TerminalRenderer(run: try run(knobs: [turned]), width: 80, style: TerminalStyle(color: false)).render()
        #expect(text.contains("  ⚙ knob rate = 0.1 (set; default 0.5) (a number in 0…2): share of the distance\n"
            + "    <covered>.\n    Try: course run 13 --set rate=0\n"))
    }

    @Test func aTurnedKnobMakesABrokenClaimAFindingNotAProblem() throws {
        var turned = Self.rate
        turned.value = "0.1"
        #expect(try run(knobs: [Self.rate], claims: [claim(false)]).problem != nil)
        #expect(try run(knobs: [turned], claims: [claim(false)]).problem == nil)
    }

    @Test func claimsAreComparedByLineStatementAndOccurrence() throws {
        let published = try run(knobs: [], claims: [claim(true, measured: "0.039"), claim(true, line: 10, "loop"),
                                                     claim(true, line: 10, "loop"), claim(false, line: 11, "gone")]).record
        let now = try run(knobs: [], claims: [claim(false, measured: "8.14"), claim(true, line: 10, "loop"),
                                              claim(false, line: 10, "loop"), claim(true, line: 12, "new")]).record
        let changes = ClaimChange.changes(from: published, to: now)
        #expect(changes.map { $0.now?.line } == [9, 10, 12, nil])
        #expect(changes.map { $0.published?.held } == [true, true, nil, false])
        #expect(changes[0].now?.measured == "8.14" && changes[0].published?.measured == "0.039")
    }

    @Test func theReportNamesTheSettingsAndBothMeasurements() throws {
        var turned = Self.rate
        turned.value = "0.1"
        let published = try run(knobs: [Self.rate], claims: [claim(true, measured: "0.0391"), claim(true, line: 10, "closer")])
        let now = try run(knobs: [turned], claims: [claim(false, measured: "8.14"), claim(true, line: 10, "closer")])
        let report = TerminalExperiment(run: now, published: published.record, settings: [turned], width: 100,
                                        style: TerminalStyle(color: false))
        #expect(report.header().first == "Lesson 13 with rate = 0.1 (default 0.5)")
        #expect(report.summary() == [
            "", "What changed", "────────────",
            "With rate = 0.1, 1 claim changed verdict against the published run:",
            "  ✗ it ends near zero (measured 8.14; 0.0391 as published; Lessons/13-knobs.md:9)",
        ])
        let same = TerminalExperiment(run: published, published: published.record, settings: [turned], width: 120,
                                      style: TerminalStyle(color: false))
        #expect(same.summary().last == "With rate = 0.1, every claim has the verdict it had in the published run (2 claims checked).")
    }
}
