/// Follows the line through the inline nodes of a Markdown text, so that inline values and
/// links get the line they are on.
///
/// cmark gives blocks their lines; inline lines are counted from the start of the paragraph
/// or heading: a line break between words (soft or hard), and the line breaks inside a code
/// span (which cmark turns into spaces but counts in its source positions) or raw HTML. The
/// one thing not counted is a link whose destination or title is broken over lines
/// (`[text](url` on one line, `"title")` on the next): the tree keeps no trace of those line
/// breaks. After one the count is short, so an inline value is placed on the first line from
/// the counted one that has a value opening not yet taken: backticks followed by `=` (after
/// at most one space) and a space or the line's end, or backticks ending the line.
struct InlineLines {
    private let lines: [Substring]
    /// The line the next inline starts on, as counted.
    private var line = 1
    private var blockEnd = 1
    /// How many value openings earlier values took, by line, in the current block.
    private var taken: [Int: Int] = [:]

    /// `lines`: the lines of the whole Markdown the nodes come from.
    init(lines: [Substring]) {
        self.lines = lines
    }

    /// The line `node` starts on. Call it for every node, in document order.
    mutating func enter(_ node: MarkdownNode) -> Int {
        let start = node.isBlock ? node.startLine : line
        switch node.kind {
        case .paragraph, .heading:
            line = node.startLine
            blockEnd = node.endLine
            taken = [:]
        case .softBreak, .lineBreak:
            line += 1
        case .code:
            line += max(0, node.endLine - node.startLine)
        case .htmlInline:
            line += node.literal.utf8.count { $0 == UInt8(ascii: "\n") }
        default:
            break
        }
        return start
    }

    /// The line on which an inline value's code span opens, given the line `enter` counted
    /// for it.
    mutating func valueLine(counted: Int) -> Int {
        let last = min(blockEnd, lines.count)
        let found = counted <= last
            ? (counted...last).first { inlineValueOpenings(on: lines[$0 - 1]) > taken[$0, default: 0] } ?? counted
            : counted
        taken[found, default: 0] += 1
        line += found - counted
        return found
    }
}

/// How many code spans on `line` could open an inline value: backticks followed by `=`
/// (after at most one space) and then a space or the line's end, or backticks ending the
/// line (the `=` on the next). A span that closes there may count too; this is a bound.
public func inlineValueOpenings(on line: Substring) -> Int {
    let bytes = Array(line.utf8)
    let backtick = UInt8(ascii: "`"), space = UInt8(ascii: " "), equals = UInt8(ascii: "=")
    var count = 0
    var index = 0
    while index < bytes.count {
        guard bytes[index] == backtick else {
            index += 1
            continue
        }
        while index < bytes.count, bytes[index] == backtick { index += 1 }
        var after = index
        if after < bytes.count, bytes[after] == space { after += 1 }
        if index == bytes.count
            || (after < bytes.count && bytes[after] == equals && (after + 1 == bytes.count || bytes[after + 1] == space)) {
            count += 1
        }
    }
    return count
}
