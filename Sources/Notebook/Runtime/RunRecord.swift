import Foundation

/// Everything one run of a lesson produced: what each cell printed and showed, the inline
/// values, the quiz keys, the claims and how they fared, and the failure if there was one.
///
/// The lesson's child process writes it as JSON; the renderers read it. The record is
/// rewritten after every cell, so even a crash leaves the cells before it on record.
public struct RunRecord: Codable, Sendable, Equatable {
    /// The lesson's path (`Lessons/02-vanishing-gradients.md`).
    public var path: String
    /// The cells that ran, in order.
    public var cells: [CellRun] = []
    /// Inline values by their index in the lesson.
    public var values: [ValueRun] = []
    /// Computed keys of numeric quizzes.
    public var quizKeys: [QuizKeyRun] = []
    /// Every `expect` that ran.
    public var claims: [Claim] = []
    /// The knobs the run declared, in order, with the values it used.
    public var knobs: [Knob] = []
    /// Why the run stopped early, if it did.
    public var failure: Failure?
    /// The cell running now; set while a cell runs, cleared at the end.
    public var runningCell: Int?
    /// How far into the capture file the recorded output reaches.
    public var captureOffset: Int = 0
    /// Wall time of the whole run, in seconds.
    public var seconds: Double = 0
    /// Whether every cell ran to the end.
    public var completed = false

    /// An empty record for the lesson at `path`, before anything has run.
    public init(path: String) { self.path = path }

    /// The run of cell `index`, if it ran.
    public func cell(_ index: Int) -> CellRun? { cells.first { $0.index == index } }
    /// The formatted value of inline value `index`, if it was computed.
    public func value(_ index: Int) -> ValueRun? { values.first { $0.index == index } }
    /// The key of quiz `index`, if it was computed.
    public func quizKey(_ index: Int) -> QuizKeyRun? { quizKeys.first { $0.quiz == index } }
    /// The claims checked while cell `index` ran.
    public func claims(inCell index: Int) -> [Claim] { claims.filter { $0.cell == index } }
    /// The knobs cell `index` declared.
    public func knobs(inCell index: Int) -> [Knob] { knobs.filter { $0.cell == index } }
    /// Claims the run contradicted.
    public var failedClaims: [Claim] { claims.filter { !$0.held } }
    /// Whether the lesson ran to the end and every claim held.
    public var succeeded: Bool { completed && failure == nil && failedClaims.isEmpty }

    /// The record as JSON. NaN and the infinities are values a run may well produce (a loss
    /// that blew up), so they are written as the strings `NaN`, `Infinity` and `-Infinity`.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(self)
    }

    /// A record read back from `encoded()`'s JSON.
    public static func decoded(from data: Data) throws -> RunRecord {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try decoder.decode(RunRecord.self, from: data)
    }
}

/// What one cell printed and showed, in order, and how long it took.
public struct CellRun: Codable, Sendable, Equatable {
    /// The cell's position in the lesson.
    public var index: Int
    /// What it printed and showed, in order.
    public var outputs: [Output] = []
    /// Wall time, in seconds.
    public var seconds: Double = 0

    /// A cell that has just started, with no output yet.
    public init(index: Int) { self.index = index }
}

/// One piece of a cell's output.
public enum Output: Codable, Sendable, Equatable {
    /// Text the cell printed (from any module, or from C).
    case text(String)
    /// A table or plot shown with `show(_:)`: its kind (`line-plot`), its text (what the
    /// terminal prints), and its data (what the site draws; nil in a figure recorded as text only).
    case figure(kind: String, text: String, data: FigureData? = nil)
}

/// The formatted value of an inline value, or why it could not be computed.
public struct ValueRun: Codable, Sendable, Equatable {
    /// The inline value's position in the lesson.
    public var index: Int
    /// The value formatted for reading.
    public var text: String
    /// The value as a number, when it is one (used by tests and quiz grading).
    public var number: Double?

    /// A computed inline value.
    public init(index: Int, text: String, number: Double?) {
        self.index = index
        self.text = text
        self.number = number
    }
}

/// A numeric quiz's key as the run computed it.
public struct QuizKeyRun: Codable, Sendable, Equatable {
    /// The quiz's position in the lesson.
    public var quiz: Int
    /// The right answer.
    public var key: Double
    /// The key formatted for reading.
    public var text: String

    /// A computed key.
    public init(quiz: Int, key: Double, text: String) {
        self.quiz = quiz
        self.key = key
        self.text = text
    }
}

/// One `expect(...)`: the sentence it backs and whether the run supported it.
public struct Claim: Codable, Sendable, Equatable {
    /// The cell that checked it, or `nil` outside cells.
    public var cell: Int?
    /// The Markdown line of the `expect`.
    public var line: Int
    /// The claim in words.
    public var statement: String
    /// What was measured against what was expected.
    public var detail: String
    /// Whether the run supported the claim.
    public var held: Bool
    /// The measurement alone (`43`), for a claim about a value; `nil` for a condition.
    public var measured: String?

    /// A checked claim.
    public init(cell: Int?, line: Int, statement: String, detail: String, held: Bool, measured: String? = nil) {
        self.cell = cell
        self.line = line
        self.statement = statement
        self.detail = detail
        self.held = held
        self.measured = measured
    }
}

/// Why a run stopped before its end.
public struct Failure: Codable, Sendable, Equatable {
    /// How the run stopped.
    public enum Kind: String, Codable, Sendable {
        /// The code threw an error.
        case error
        /// The process trapped or crashed (a failed precondition, an index out of range).
        case crash
        /// The lesson ran past its time budget.
        case timeout
    }

    /// How the run stopped.
    public var kind: Kind
    /// The cell that was running, when known.
    public var cell: Int?
    /// The Markdown line, when known.
    public var line: Int?
    /// The error's or the runtime's message.
    public var message: String

    /// A failure of `kind` in `cell` at `line`, when known.
    public init(kind: Kind, cell: Int?, line: Int?, message: String) {
        self.kind = kind
        self.cell = cell
        self.line = line
        self.message = message
    }
}
