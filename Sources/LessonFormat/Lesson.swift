/// A lesson as the toolchain sees it: its identity, its title, and the parts of its
/// Markdown that carry code — cells, inline values and quizzes — in the order of the text.
public struct Lesson: Sendable, Hashable {
    /// The number from the file name (`02-vanishing-gradients.md` → 2).
    public let number: Int
    /// The id from the file name (`02-vanishing-gradients.md` → `vanishing-gradients`).
    public let id: String
    /// The path relative to the package, as compiler messages show it (`Lessons/02-….md`).
    public let path: String
    /// The Markdown text.
    public let source: String
    /// The text of the first level-1 heading.
    public let title: String
    /// The plain text of the first paragraph after the title.
    public let summary: String
    /// Every `swift` fence, in order.
    public let cells: [Cell]
    /// Every `` `= expr` `` code span, in order.
    public let inlineValues: [InlineValue]
    /// Every `quiz` fence, in order.
    public let quizzes: [Quiz]

    /// `02`-style number used in file names and messages.
    public var paddedNumber: String { number < 10 ? "0\(number)" : "\(number)" }
    /// The file name without folders (`02-vanishing-gradients.md`).
    public var fileName: String { "\(paddedNumber)-\(id).md" }
}

/// One ```` ```swift ```` fence: a piece of the lesson's program.
public struct Cell: Sendable, Hashable, Codable {
    /// Position among the lesson's cells, from 0.
    public let index: Int
    /// The line of the opening fence, from 1.
    public let fenceLine: Int
    /// The Swift code between the fences.
    public let code: String
    /// Flags from the fence's info string.
    public let flags: CellFlags

    /// The Markdown line of the first line of code.
    public var firstCodeLine: Int { fenceLine + 1 }
    /// Whether the cell's statements run in the lesson's body (not `norun`, not `toplevel`).
    public var runs: Bool { !flags.contains(.noRun) && !flags.contains(.topLevel) }
    /// Whether the cell is compiled at all.
    public var compiles: Bool { !flags.contains(.noRun) }
    /// Whether readers see the code.
    public var showsCode: Bool { !flags.contains(.hide) }
}

/// What a cell's fence asks for: ```` ```swift hide ````, `norun`, `toplevel`.
public struct CellFlags: OptionSet, Sendable, Hashable, Codable {
    /// The flags as bits.
    public let rawValue: Int
    /// Flags from their bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Run the code but do not show it.
    public static let hide = CellFlags(rawValue: 1 << 0)
    /// Show the code but do not compile or run it.
    public static let noRun = CellFlags(rawValue: 1 << 1)
    /// Compile the code at file scope (for `struct`, `extension`, `import`); it does not run.
    public static let topLevel = CellFlags(rawValue: 1 << 2)

    /// The spelling of each flag in a fence's info string.
    public static let spellings: [(String, CellFlags)] = [
        ("hide", .hide), ("norun", .noRun), ("toplevel", .topLevel),
    ]
}

/// A `` `= expr` `` code span: a Swift expression whose value the run splices into the text.
public struct InlineValue: Sendable, Hashable, Codable {
    /// Position among the lesson's inline values, from 0.
    public let index: Int
    /// The Swift expression after `= `.
    public let expression: String
    /// The Markdown line the span is on.
    public let line: Int
    /// The index of the last running cell before the span, or `nil` if none precedes it:
    /// the value is computed right after that cell, so it shows the state at that point.
    public let afterCell: Int?
}
