import Foundation
import Testing
@testable import Notebook

/// Knobs in a lesson run: declared in the record where they stand, with the learner's
/// setting or the default. In the notebook suite, which runs one test at a time, because
/// `knob(...)` finds the run through `Notebook.current`.
extension NotebookRecordTests {
    @Test func outsideALessonRunAKnobIsItsDefault() {
        #expect(knob("rate", 0.5, in: 0...1, "a rate") == 0.5)
        #expect(knob("layers", 10, in: 1...20, "layers") == 10)
        #expect(knob("restore", true, "restore") == true)
        #expect(knob("optimizer", "adam", among: ["sgd", "adam"], "optimizer") == "adam")
        #expect(knob("start", "far", among: ["near": 1.0, "far": 10.0], "start") == 10.0)
    }

    @Test func aRunRecordsEachKnobWhereItIsDeclaredWithTheValueItUsed() throws {
        let notebook = try Notebook(path: "Lessons/01-x.md", captureURL: nil, recordURL: nil,
                                    settings: ["rate": "0.25", "restore": "no", "start": "near"])
        defer { notebook.close() }
        notebook.startCell(1)
        let rate = knob("rate", 0.5, in: 0...1, "share of the distance covered", line: 7)
        let layers = knob("layers", 10, in: 1...20, "hidden layers", line: 8)
        notebook.startCell(3)
        let restore = knob("restore", true, "put back the best weights", line: 12)
        let start = knob("start", "far", among: ["near": 1.0, "far": 10.0], "where to start", line: 13)
        notebook.finish()

        #expect(rate == 0.25 && layers == 10 && restore == false && start == 1.0)
        let knobs = notebook.record.knobs
        #expect(knobs.map(\.name) == ["rate", "layers", "restore", "start"])
        #expect(knobs.map(\.cell) == [1, 1, 3, 3])
        #expect(knobs.map(\.line) == [7, 8, 12, 13])
        #expect(knobs.map(\.value) == ["0.25", "10", "false", "near"])
        #expect(knobs.map(\.defaultValue) == ["0.5", "10", "true", "far"])
        #expect(knobs.map(\.isTurned) == [true, false, true, true])
        #expect(knobs[0].kind == .number(lower: 0, upper: 1) && knobs[3].kind == .choice(["near", "far"]))
        #expect(notebook.record.knobs(inCell: 3).map(\.name) == ["restore", "start"])

        let decoded = try RunRecord.decoded(from: notebook.record.encoded())
        #expect(decoded == notebook.record, "knobs survive the record on disk")
    }

    @Test func aClaimAboutAValueKeepsItsMeasurementApart() throws {
        let notebook = try Notebook(path: "Lessons/01-x.md", captureURL: nil, recordURL: nil)
        defer { notebook.close() }
        notebook.startCell(0)
        expect(43, in: 13...17, "the best epoch lies in 13…17", line: 4)
        expect(true, "a condition", line: 5)
        notebook.finish()
        #expect(notebook.record.claims.map(\.measured) == ["43", nil])
        #expect(notebook.record.claims[0].detail == "measured 43, expected 13…17")
    }
}
