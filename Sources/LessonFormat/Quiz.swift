/// A ```` ```quiz id=NAME ```` fence: a question whose answer key the lesson's run computes.
///
/// ````
/// ```quiz id=best-epoch
/// After which epoch does the validation loss start to rise?
/// answer: `= history.bestEpoch` ± 1
/// > Early stopping restored epoch `= history.bestEpoch`.
/// ```
/// ````
public struct Quiz: Sendable, Hashable {
    /// The name learners use to answer it (`course check 9 best-epoch=15`); unique in a lesson.
    public let id: String
    /// Position among the lesson's quizzes, from 0.
    public let index: Int
    /// The line of the opening fence.
    public let fenceLine: Int
    /// What is asked.
    public let question: MarkdownText
    /// The choices, or the computed numeric key.
    public let answer: Answer
    /// Why the answer is what it is; shown once the learner has answered.
    public let explanation: MarkdownText
    /// The last running cell before the quiz: its numbers are computed right after it.
    public let afterCell: Int?

    /// How a quiz is answered.
    public enum Answer: Sendable, Hashable {
        /// Pick one (one correct) or several (more than one correct) of these.
        case choices([Choice])
        /// Type a number; `expression` is Swift evaluated by the run; the answer is right
        /// within `tolerance` of it.
        case numeric(expression: String, line: Int, tolerance: Tolerance)
    }

    /// Every inline value in the question, the choices and the explanation, in order.
    public var inlineValues: [InlineValue] {
        var values = question.inlineValues
        if case .choices(let choices) = answer { values += choices.flatMap(\.text.inlineValues) }
        return values + explanation.inlineValues
    }
}

/// One answer a learner can pick, labelled `a`, `b`, `c`, ….
public struct Choice: Sendable, Hashable {
    /// `a` for the first choice, `b` for the second, ….
    public let label: String
    /// The choice's Markdown.
    public let text: MarkdownText
    /// Whether picking it is part of the right answer.
    public let isCorrect: Bool
}

/// How far a numeric answer may be from the key and still count as right.
public enum Tolerance: Sendable, Hashable, Codable {
    /// Within this distance: `± 1`.
    case absolute(Double)
    /// Within this share of the key's size: `± 5%` is `.relative(0.05)`.
    case relative(Double)

    /// Whether `answer` counts as right for `key`.
    public func accepts(_ answer: Double, key: Double) -> Bool {
        guard answer.isFinite, key.isFinite else { return false }
        let allowed = switch self {
        case .absolute(let distance): distance
        case .relative(let share): share * abs(key)
        }
        // A hair of slack so that 14 ± 1 accepts 15 despite binary rounding.
        return abs(answer - key) <= allowed + 1e-9 * max(1, abs(key))
    }
}
