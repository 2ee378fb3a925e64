import Foundation
import LessonFormat
import Notebook

/// A quiz's answer key as this run computed it, and the grading of a learner's answer.
public struct QuizKey: CustomStringConvertible, Sendable {
    /// The quiz.
    public let quiz: Quiz
    /// The run that computed its key.
    public let record: RunRecord

    /// The key of `quiz` in `record`.
    public init(quiz: Quiz, record: RunRecord) {
        self.quiz = quiz
        self.record = record
    }

    /// What a learner's answer can be wrong with before it is even graded.
    public enum AnswerError: Error, Equatable, CustomStringConvertible {
        /// Nothing was typed.
        case blank
        /// A numeric quiz got something that is not a number.
        case notANumber(String)
        /// A letter that names no choice.
        case unknownChoice(String, valid: [String])
        /// The run stopped before computing the key.
        case keyNotComputed

        /// What is wrong with the answer, and what would be valid.
        public var description: String {
            switch self {
            case .blank: "the answer is empty"
            case .notANumber(let text): "“\(text)” is not a number; answer with digits, such as 15 or 0.25"
            case .unknownChoice(let text, let valid):
                "“\(text)” is not one of the choices \(valid.joined(separator: ", ")); answer with letters, such as b or a,c"
            case .keyNotComputed: "the run stopped before it computed this quiz's key"
            }
        }
    }

    /// `b`, `a, c`, or `15 ± 1`.
    public var description: String {
        switch quiz.answer {
        case .choices(let choices):
            return choices.filter(\.isCorrect).map(\.label).joined(separator: ", ")
        case .numeric(_, _, let tolerance):
            guard let key = record.quizKey(quiz.index) else { return "not computed" }
            switch tolerance {
            case .absolute(0): return key.text
            case .absolute(let distance): return "\(key.text) ± \(readable(distance))"
            case .relative(let share): return "\(key.text) ± \(readable(share * 100))%"
            }
        }
    }

    /// Whether `answer` is right: the same set of letters (any order, commas or spaces
    /// between them), or a number within the tolerance of the computed key.
    public func grade(_ answer: String) throws(AnswerError) -> Bool {
        let text = answer.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw .blank }
        switch quiz.answer {
        case .choices(let choices):
            let valid = choices.map(\.label)
            let picked = text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " }).map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: "()"))
            }.filter { !$0.isEmpty }
            for letter in picked where !valid.contains(letter) { throw .unknownChoice(letter, valid: valid) }
            guard !picked.isEmpty else { throw .unknownChoice(text, valid: valid) }
            return Set(picked) == Set(choices.filter(\.isCorrect).map(\.label))
        case .numeric(_, _, let tolerance):
            let normalized = text.replacingOccurrences(of: "\u{2212}", with: "-")
            guard let number = Double(normalized), number.isFinite else { throw .notANumber(text) }
            guard let key = record.quizKey(quiz.index) else { throw .keyNotComputed }
            return tolerance.accepts(number, key: key.key)
        }
    }
}
