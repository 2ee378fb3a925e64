import LessonFormat
import Notebook

/// A lesson together with what its run produced: what both renderers take.
public struct LessonRun: Sendable {
    /// The lesson's Markdown, parsed.
    public let lesson: Lesson
    /// What its run produced.
    public let record: RunRecord

    /// Pairs a lesson with its record.
    public init(lesson: Lesson, record: RunRecord) {
        self.lesson = lesson
        self.record = record
    }

    /// The page's file name (`02-vanishing-gradients.html`).
    public var pageName: String { lesson.pageName }

    /// The Markdown line of cell `index`'s fence.
    func fenceLine(ofCell index: Int?) -> Int? {
        index.flatMap { index in lesson.cells.first { $0.index == index }?.fenceLine }
    }

    /// One sentence on what went wrong, or `nil` when the run succeeded. In a run with a knob
    /// turned (`course run --set`) only a crash, an error or a time-out is a problem.
    public var problem: String? {
        if let failure = record.failure {
            let line = failure.line ?? fenceLine(ofCell: failure.cell)
            let place = line.map { "\(lesson.path):\($0)" } ?? lesson.path
            let what = switch failure.kind {
            case .error: "an error was thrown"
            case .crash: "the lesson crashed"
            case .timeout: "the lesson ran out of time"
            }
            return "At \(place) \(what): \(failure.message.firstLine)"
        }
        if !record.completed { return "The run of \(lesson.path) did not finish." }
        // With a knob turned, a claim that does not hold is a finding about the setting.
        guard !record.knobs.contains(where: \.isTurned) else { return nil }
        let broken = record.failedClaims
        if let first = broken.first {
            let count = broken.count == 1 ? "A claim" : "\(broken.count) claims"
            return "\(count) in the text did not hold for this run; the first, at \(lesson.path):\(first.line): “\(first.statement)” (\(first.detail))."
        }
        return nil
    }
}

extension String {
    var firstLine: String {
        let trimmed = split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
        return trimmed.map(String.init) ?? self
    }
}
