import LessonFormat

/// Finds inline values and quiz keys that use a name a later cell declares.
///
/// Swift would report it too, but at a closure or with words about local variables; the
/// author is better served by the lesson's own terms: the value runs right after the cell
/// above it, so it cannot see what comes later.
struct LaterDeclarationCheck {
    let lesson: Lesson

    func run() throws(LessonFormatError) {
        let declared = declarations()
        let expressions = lesson.inlineValues.map { ($0.expression, $0.line, $0.afterCell) }
            + lesson.quizzes.compactMap { quiz -> (String, Int, Int?)? in
                guard case .numeric(let expression, let line, _) = quiz.answer else { return nil }
                return (expression, line, quiz.afterCell)
            }
        for (expression, line, afterCell) in expressions {
            for name in usedNames(in: expression) {
                let seen = declared[name.text] ?? []
                guard !seen.contains(where: { $0.cell <= (afterCell ?? -1) }),
                      let later = seen.first(where: { $0.cell > (afterCell ?? -1) })
                else { continue }
                let place = MarkdownColumns(source: lesson.source).position(ofOffset: name.offset, in: expression, openingOn: line)
                throw LessonFormatError(
                    path: lesson.path, line: place.line, column: place.column,
                    message: "`\(name.text)` is declared later, at line \(later.line); an inline value sees only the cells above it")
            }
        }
    }

    /// Where a name is declared: the cell (toplevel cells count as before every cell) and line.
    private struct Place { let cell: Int; let line: Int }

    /// Names declared at the top level of each cell: `let`, `var`, `func` and type names.
    private func declarations() -> [String: [Place]] {
        var result: [String: [Place]] = [:]
        for cell in lesson.cells where cell.compiles {
            let order = cell.flags.contains(.topLevel) ? -1 : cell.index
            var depth = 0
            var statementWord: String?
            var expectingName = false
            var inPattern = false
            for token in SwiftLexer.tokens(in: cell.code) {
                switch token.kind {
                case .open:
                    depth += 1
                    if expectingName, token.text == "(" { inPattern = true; expectingName = false; continue }
                case .close:
                    depth -= 1
                    if inPattern, depth == 0 { inPattern = false }
                case .newline, .semicolon:
                    if depth == 0 { statementWord = nil }
                case .word:
                    if depth == 0, statementWord == nil { statementWord = token.text }
                    let conditional = ["if", "while", "for", "switch", "repeat", "do", "catch", "case"]
                        .contains(statementWord ?? "")
                    if (expectingName || (inPattern && depth == 1)) && !conditional {
                        result[token.text, default: []].append(Place(cell: order, line: cell.firstCodeLine + token.line))
                    }
                    expectingName = depth == 0 && Self.introducers.contains(token.text)
                    continue
                default:
                    break
                }
                if token.kind != .newline { expectingName = false }
            }
        }
        return result
    }

    private static let introducers: Set<String> = [
        "let", "var", "func", "struct", "class", "enum", "actor", "typealias", "protocol",
    ]

    /// Identifiers an expression refers to by themselves (not after `.`, not inside a closure).
    private func usedNames(in expression: String) -> [(text: String, offset: Int)] {
        var names: [(text: String, offset: Int)] = []
        var braces = 0
        var previous: SwiftLexer.Token?
        for token in SwiftLexer.tokens(in: expression) {
            if token.text == "{" { braces += 1 }
            if token.text == "}" { braces -= 1 }
            if token.kind == .word, braces == 0, previous?.text != "." {
                names.append((token.text, token.offset))
            }
            previous = token
        }
        return names
    }
}
