import LessonFormat
import Notebook
import Site

extension LessonRun {
    /// A finished run of `lesson` in which every cell printed its marker and every inline
    /// value came out as its marker, so that a rendering shows where each part landed.
    static func marked(_ lesson: Lesson) -> LessonRun {
        var record = RunRecord(path: lesson.path)
        record.cells = lesson.cells.map { cell in
            var run = CellRun(index: cell.index)
            run.outputs = [.text(Part.cell(cell.index).marker)]
            return run
        }
        record.values = lesson.inlineValues.map { ValueRun(index: $0.index, text: Part.value($0.index).marker, number: nil) }
        record.quizKeys = lesson.quizzes.compactMap { quiz in
            guard case .numeric = quiz.answer else { return nil }
            return QuizKeyRun(quiz: quiz.index, key: 1, text: "1")
        }
        record.completed = true
        return LessonRun(lesson: lesson, record: record)
    }
}
