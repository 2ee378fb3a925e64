/// Finds where an inline value's expression sits in the Markdown.
///
/// An expression broken over lines (`` `= a + `` on one line, `` b` `` on the next) reads
/// with a space for each line break; a place in it is found on the line that holds it.
struct MarkdownColumns {
    let lines: [Substring]

    init(source: String) { lines = source.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The 1-based byte column of `expression` on `line`: the first place it (or, when it
    /// goes on to the next line, its part on this line) follows a backtick and `=`; 1 when
    /// it cannot be found.
    func column(of expression: String, onLine line: Int) -> Int {
        start(of: expression, onLine: line).map { $0 + 1 } ?? 1
    }

    /// The line and 1-based byte column of the byte `offset` bytes into `expression`, an
    /// inline value that opens on `line`.
    func position(ofOffset offset: Int, in expression: String, openingOn line: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= lines.count else { return (line, 1) }
        var line = line
        var offset = offset
        var start: Int
        if let found = self.start(of: expression, onLine: line) {
            start = found
        } else if line < lines.count, endsWithOpening(lines[line - 1]) {
            // `` `= `` ends the line: the expression starts on the next one.
            line += 1
            start = continuationStart(onLine: line)
        } else {
            return (line, min(1 + offset, lines[line - 1].utf8.count + 1))
        }
        var rest = Array(expression.utf8)
        while true {
            let piece = lines[line - 1].utf8.count - start
            // Past this line's piece, and another line holds more: the line break read as one space.
            guard offset >= piece, rest.count > piece, line < lines.count else { break }
            offset -= min(offset, piece + 1)
            rest.removeFirst(min(rest.count, piece + 1))
            line += 1
            start = continuationStart(onLine: line)
        }
        return (line, start + 1 + offset)
    }

    /// Where the text of a paragraph's line starts, after `>` markers and indentation.
    private func continuationStart(onLine line: Int) -> Int {
        lines[line - 1].utf8.prefix { " >\t".utf8.contains($0) }.count
    }

    /// Whether `line` ends with the opening of an inline value whose expression starts on
    /// the next line: backticks, and `=` or nothing, then spaces.
    private func endsWithOpening(_ line: Substring) -> Bool {
        var rest = line.utf8.reversed().drop { $0 == UInt8(ascii: " ") }
        if rest.first == UInt8(ascii: "=") { rest = rest.dropFirst().drop { $0 == UInt8(ascii: " ") } }
        return rest.first == UInt8(ascii: "`")
    }

    /// The byte offset on `line` where `expression` starts: after a backtick, `=` and
    /// spaces, the whole expression or, running to the end of the line, its beginning.
    private func start(of expression: String, onLine line: Int) -> Int? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = Array(lines[line - 1].utf8)
        let wanted = Array(expression.utf8)
        guard !wanted.isEmpty else { return nil }
        for start in text.indices {
            let candidate = text[start...]
            guard candidate.starts(with: wanted) || (candidate.count < wanted.count && wanted.starts(with: candidate))
            else { continue }
            let before = text[..<start].reversed().drop { $0 == UInt8(ascii: " ") }
            guard before.first == UInt8(ascii: "=") else { continue }
            if before.dropFirst().drop(while: { $0 == UInt8(ascii: " ") }).first == UInt8(ascii: "`") { return start }
        }
        return nil
    }
}
