import Foundation
import Testing
@testable import Notebook

/// The notebook's bookkeeping, without output capture (which is process-wide and is
/// exercised end to end by the fixture lessons in CourseTests).
@Suite(.serialized) struct NotebookRecordTests {
    @Test func valuesAreFormattedForReading() {
        #expect(ValueFormatter.format(0.25) == "0.25")
        #expect(ValueFormatter.format(Float(2.302585)) == "2.3")
        #expect(ValueFormatter.format(1797) == "1797")
        #expect(ValueFormatter.format(UInt8(7)) == "7")
        #expect(ValueFormatter.format(2.5e-7) == "2.5e-7")
        #expect(ValueFormatter.format(true) == "yes")
        #expect(ValueFormatter.format("text") == "text")
        #expect(ValueFormatter.format([0.5, 0.25]) == "[0.5, 0.25]")
        #expect(ValueFormatter.number(Float(0.5)) == 0.5)
        #expect(ValueFormatter.number("x") == nil)
    }

    @Test func cellsValuesKeysAndClaimsAreRecordedInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "notebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordURL = folder.appending(path: "record.json")
        let notebook = try Notebook(path: "Lessons/01-x.md", captureURL: nil, recordURL: recordURL)
        defer { notebook.close() }
        #expect(Notebook.current === notebook)

        notebook.startCell(0)
        notebook.recordValue(0, 0.1 + 0.2)
        notebook.startCell(2)
        expect(0.25, in: 0.24...0.26, "a quarter", line: 12)
        expect(3, in: 4...5, "three is four or five", line: 13)
        notebook.recordQuizKey(0, line: 14, 15)
        show(Table(header: ["a"], rows: [[1]]))
        let onDisk = try RunRecord.decoded(from: Data(contentsOf: recordURL))
        #expect(onDisk.runningCell == 2, "the record on disk says which cell is running")
        notebook.finish()

        let record = notebook.record
        #expect(record.cells.map(\.index) == [0, 2])
        #expect(record.value(0)?.text == "0.3")
        #expect(record.quizKey(0)?.key == 15)
        #expect(record.claims.map(\.held) == [true, false])
        #expect(record.claims.map(\.cell) == [2, 2])
        #expect(record.claims[1].detail == "measured 3, expected 4…5")
        #expect(record.cell(2)?.outputs.count == 1)
        #expect(record.completed)
        #expect(!record.succeeded, "a broken claim fails the run")
        #expect(record.runningCell == nil)
    }

    @Test func anErrorIsRecordedAgainstTheCellThatThrewIt() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "broken on purpose" } }
        let notebook = try Notebook(path: "Lessons/01-x.md", captureURL: nil, recordURL: nil)
        defer { notebook.close() }
        notebook.startCell(3)
        notebook.recordError(Broken(), line: nil)
        notebook.finish()
        #expect(notebook.record.failure == Failure(kind: .error, cell: 3, line: nil, message: "broken on purpose"))
        #expect(!notebook.record.completed)
    }

    @Test func notANumberAndTheInfinitiesSurviveTheRecordOnDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "notebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordURL = folder.appending(path: "record.json")
        let notebook = try Notebook(path: "Lessons/01-x.md", captureURL: nil, recordURL: recordURL)
        defer { notebook.close() }
        notebook.startCell(0)
        notebook.recordValue(0, Double.nan)
        notebook.recordValue(1, -Float.infinity)
        expect(Double.infinity, in: 0...1, "a finite loss", line: 5)
        notebook.recordQuizKey(0, line: 9, Double.nan)
        notebook.startCell(1)
        notebook.finish()

        let onDisk = try RunRecord.decoded(from: Data(contentsOf: recordURL))
        #expect(onDisk.completed, "every save after the NaN reached the disk")
        #expect(onDisk.cells.map(\.index) == [0, 1])
        #expect(onDisk.value(0)?.text == "NaN" && onDisk.value(0)?.number?.isNaN == true)
        #expect(onDisk.value(1)?.text == "−∞" && onDisk.value(1)?.number == -.infinity)
        #expect(onDisk.quizKey(0)?.key.isNaN == true)
        #expect(onDisk.claims.map(\.detail) == ["measured ∞, expected 0…1", "measured NaN"])
        #expect(onDisk.claims.map(\.line) == [5, 9], "the non-finite key fails at its quiz's line")
    }
}
