import LessonFormat

/// What the Swift the generator wrote for a lesson does, read back from its text: which
/// cells it starts, which values and quiz keys it records after which cell, and the
/// Markdown line each `#sourceLocation` names.
struct GeneratorReading {
    /// What one `#sourceLocation(file:line:)` directive introduces.
    enum Piece: Hashable {
        case topLevel
        case cell(Int)
        case value(Int)
        case quizKey(Int)
        /// A directive in the body followed by neither a cell nor a recording call.
        case unknown
    }

    /// Each directive in order: its line, what follows it, and the cell started last before it.
    private(set) var directives: [(line: Int, piece: Piece, afterCell: Int?)] = []
    /// The cells started, in order.
    private(set) var startedCells: [Int] = []

    /// Reads `generated`. Lesson code is copied into it verbatim, but only between a
    /// directive and `#sourceLocation()` (which `FuzzInput` keeps out of lesson text), and
    /// that is skipped. (The lesson's Markdown is in a file of its own.)
    init(_ generated: String) {
        var inBody = false
        var region: Piece?
        var pendingCell: Int?
        let lines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            let next = number + 1 < lines.count ? lines[number + 1] : ""
            if let directiveLine = Self.directiveLine(line) {
                // Inside a region, a directive maps a `fileprivate` the generator added.
                let piece = region ?? pendingCell.map(Piece.cell) ?? (inBody ? Self.recordCall(next) : .topLevel)
                directives.append((directiveLine, piece ?? .unknown, startedCells.last))
                region = piece ?? .unknown
                pendingCell = nil
            } else if region != nil {
                if line == "#sourceLocation()" { region = nil }
            } else if line.hasPrefix("private func "), line.hasSuffix("Body(_ notebook: Notebook) throws {") {
                inBody = true
            } else if inBody, line.hasPrefix("    notebook.startCell("), let index = Int(line.dropFirst(23).dropLast()) {
                startedCells.append(index)
                pendingCell = index
            }
        }
    }

    /// The line of a `#sourceLocation(file: "…", line: N)` directive.
    private static func directiveLine(_ line: Substring) -> Int? {
        guard line.hasPrefix("#sourceLocation(file: "), line.hasSuffix(")"),
              let label = line.ranges(of: ", line: ").last
        else { return nil }
        return Int(line[label.upperBound...].dropLast())
    }

    /// `notebook.recordValue(N,` or `notebook.recordQuizKey(N,`, after indentation and `try`.
    private static func recordCall(_ line: Substring) -> Piece? {
        var text = line.drop { $0 == " " }
        if text.hasPrefix("try ") { text = text.dropFirst(4) }
        for (prefix, piece) in [("notebook.recordValue(", Piece.value), ("notebook.recordQuizKey(", Piece.quizKey)]
        where text.hasPrefix(prefix) {
            return Int(text.dropFirst(prefix.count).prefix { $0.isNumber }).map(piece)
        }
        return nil
    }

    /// Checks the generated program against the parser's lesson: the running cells started
    /// in order, every inline value and numeric quiz key recorded once, right after the cell
    /// the parser placed it after, and every directive at the line of what it introduces.
    func check(against lesson: Lesson, _ problems: inout Problems) {
        for directive in directives { problems.checkLine(directive.line, "a #sourceLocation for \(directive.piece)") }
        let running = lesson.cells.filter(\.runs).map(\.index)
        if startedCells != running { problems.add("the program starts cells \(startedCells); the running cells are \(running)") }
        let directiveLine = { (line: Int) in line > 1 ? line - 1 : 1 }
        var expected: [Piece: (line: Int, afterCell: Int?)] = [:]
        for cell in lesson.cells where cell.runs { expected[.cell(cell.index)] = (cell.firstCodeLine, nil) }
        for value in lesson.inlineValues { expected[.value(value.index)] = (directiveLine(value.line), value.afterCell) }
        for quiz in lesson.quizzes {
            if case .numeric(_, let line, _) = quiz.answer { expected[.quizKey(quiz.index)] = (directiveLine(line), quiz.afterCell) }
        }
        var seen: Set<Piece> = []
        for directive in directives where directive.piece != .topLevel {
            guard let wanted = expected[directive.piece], seen.insert(directive.piece).inserted else {
                problems.add("the program has an unexpected or repeated \(directive.piece)")
                continue
            }
            if directive.line != wanted.line {
                problems.add("the program places \(directive.piece) at line \(directive.line); the parser at \(wanted.line)")
            }
            if case .cell = directive.piece { continue }
            if directive.afterCell != wanted.afterCell {
                problems.add("the program computes \(directive.piece) after cell \(String(describing: directive.afterCell)); "
                    + "the parser after cell \(String(describing: wanted.afterCell))")
            }
        }
        let missing = Set(expected.keys).subtracting(seen)
        if !missing.isEmpty { problems.add("the program lacks \(missing.map { "\($0)" }.sorted())") }
    }
}
