/// Finds the line on which an inline value's code span opens.
///
/// cmark gives inline nodes the line it counts up to them: line breaks between words and
/// inside code spans and raw HTML, but not those inside a link's destination or title
/// (`[text](url` on one line, `"title")` on the next), so after such a link the count is
/// short. The span then opens on the first line from there, within its block, that holds
/// the opening backticks of an inline value: a backtick run followed by `=` and a space (or
/// the line's end), or a backtick run that ends the line.
struct InlineValueLines {
    private let lines: [Substring]

    /// Lines of `text`, the whole Markdown the spans were parsed from.
    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line where `span`, an inline value's code span, opens; `lastLine` is the
    /// last line of the paragraph or heading it is in.
    func line(of span: MarkdownNode, lastLine: Int) -> Int {
        let counted = max(span.startLine, 1)
        guard counted < min(lastLine, lines.count) else { return counted }
        return (counted...min(lastLine, lines.count)).first { Self.opensInlineValue(lines[$0 - 1]) } ?? counted
    }

    private static func opensInlineValue(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            while index < bytes.count, bytes[index] == UInt8(ascii: "`") { index += 1 }
            var rest = bytes[index...]
            if rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
            if index == bytes.count { return true }
            if rest.first == UInt8(ascii: "="), rest.dropFirst().first.map({ $0 == UInt8(ascii: " ") }) ?? true {
                return true
            }
        }
        return false
    }
}
