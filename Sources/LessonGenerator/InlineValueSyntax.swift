import LessonFormat

/// Catches the syntax errors of an inline value that Swift would report on a line of
/// generated code rather than the lesson's: an unclosed bracket or string, a comment, or an
/// expression cut short after an operator. Everything else the compiler reports at the
/// value's own line and column.
struct InlineValueSyntax {
    let lesson: Lesson

    func run() throws(LessonFormatError) {
        let columns = MarkdownColumns(source: lesson.source)
        var expressions = lesson.inlineValues.map { ($0.expression, $0.line) }
        for quiz in lesson.quizzes {
            if case .numeric(let expression, let line, _) = quiz.answer { expressions.append((expression, line)) }
        }
        for (expression, line) in expressions {
            if let (offset, problem) = Self.problem(in: expression) {
                let place = columns.position(ofOffset: offset, in: expression, openingOn: line)
                throw LessonFormatError(path: lesson.path, line: place.line, column: place.column,
                                        message: "this inline value \(problem)")
            }
        }
    }

    /// The first problem in `expression` and the byte offset it is at.
    static func problem(in expression: String) -> (Int, String)? {
        let tokens = SwiftLexer.tokens(in: expression)
        var open: [SwiftLexer.Token] = []
        let pairs: [String: String] = [")": "(", "]": "[", "}": "{"]
        for token in tokens {
            if token.kind == .open { open.append(token) }
            if token.kind == .close {
                guard let last = open.popLast(), last.text == pairs[token.text] else {
                    return (token.offset, "closes `\(token.text)` without opening it")
                }
            }
            if token.kind == .other, token.text.drop(while: { $0 == "#" }).hasPrefix("\""), !closesString(token.text) {
                return (token.offset, "has a string that is never closed")
            }
        }
        if let last = open.last { return (last.offset, "opens `\(last.text)` without closing it") }
        if let comment = commentOffset(in: expression) {
            return (comment, "holds a comment, which would hide the rest of the line from Swift")
        }
        if let last = tokens.last, last.kind == .other, "+-*/%=<>&|^~?.,:".contains(last.text) {
            return (last.offset, "ends with `\(last.text)`: it needs to be a complete expression")
        }
        return nil
    }

    private static func closesString(_ text: String) -> Bool {
        let hashes = text.prefix { $0 == "#" }.count
        let body = text.dropFirst(hashes)
        let quotes = body.hasPrefix("\"\"\"") ? 3 : 1
        let closing = String(repeating: "\"", count: quotes) + String(repeating: "#", count: hashes)
        return body.count >= 2 * quotes && body.hasSuffix(closing)
    }

    /// Where a `//` or `/*` outside string literals starts, if anywhere.
    private static func commentOffset(in expression: String) -> Int? {
        let bytes = Array(expression.utf8)
        let strings = SwiftLexer.tokens(in: expression).filter { $0.kind == .other && $0.text.count > 1 }
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "/")
            && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")) {
            let inString = strings.contains { index >= $0.offset && index < $0.offset + $0.text.utf8.count }
            if !inString { return index }
        }
        return nil
    }
}
