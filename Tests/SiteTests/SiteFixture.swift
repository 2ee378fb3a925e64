import Foundation
import LessonFormat
import Notebook
import Site

/// Set `RECORD_SNAPSHOTS=1` to rewrite the snapshots from the current output, on purpose.
let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Snapshots")

/// The snapshot lesson with a run record written by hand: what a run of it would produce.
func snapshotRun() throws -> LessonRun {
    let source = try String(contentsOf: snapshots.appending(path: "05-snapshot.md"), encoding: .utf8)
    let lesson = try LessonParser.parse(source: source, path: "Lessons/05-snapshot.md")
    var record = RunRecord(path: lesson.path)
    var first = CellRun(index: 0)
    first.outputs = [.text("<b>not bold</b> & friends\n")]
    var second = CellRun(index: 1)
    let table = Table(title: "Norms", header: ["layer", "norm"], rows: [["dense 1", 0.5], ["dense 2", 1e-6]])
    second.outputs = [.figure(kind: "bar-chart", text: "layer 1 │███ 3\nlayer 2 │█ 1"),
                      .figure(kind: table.kind, text: table.text, data: table.data)]
    record.cells = [first, second]
    record.values = (0..<lesson.inlineValues.count).map { ValueRun(index: $0, text: "0.25", number: 0.25) }
    record.quizKeys = [QuizKeyRun(quiz: 0, key: 0.25, text: "0.25")]
    record.claims = [Claim(cell: 1, line: 15, statement: "the chart has two bars", detail: "holds", held: true)]
    record.completed = true
    return LessonRun(lesson: lesson, record: record)
}

/// Compares `text` with the snapshot `name`, or rewrites it when recording.
func matchesSnapshot(_ text: String, _ name: String) throws -> Bool {
    let url = snapshots.appending(path: name)
    if recording { try text.write(to: url, atomically: true, encoding: .utf8) }
    return try text == String(contentsOf: url, encoding: .utf8)
}
