/// Reads a lesson's Markdown into a `Lesson`: its cells, inline values and quizzes, with the
/// Markdown line of each, checking the format as it goes.
public enum LessonParser {
    /// Parses the lesson at `path` (relative to the package, used in messages and in
    /// `#sourceLocation`), whose text is `source`.
    public static func parse(source: String, path: String) throws(LessonFormatError) -> Lesson {
        let source = try LessonSource.text(of: Array(source.utf8), path: path)
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        guard let name = LessonFileName(fileName) else {
            throw LessonFormatError(path: path, line: nil,
                                    message: "a lesson's file name must look like \(LessonFileName.expectedShape)")
        }
        var reader = Reader(path: path, source: source)
        try reader.read()
        guard let title = reader.title else {
            throw LessonFormatError(path: path, line: 1,
                                    message: "a lesson starts with a title: a level-1 heading such as `# Vanishing gradients`")
        }
        return Lesson(
            number: name.number, id: name.id, path: path, source: source, title: title,
            summary: reader.summary ?? "", cells: reader.cells, inlineValues: reader.inlineValues,
            quizzes: reader.quizzes
        )
    }
}

/// One pass over the document in text order.
private struct Reader {
    let path: String
    let source: String
    let lines: [Substring]
    var title: String?
    var summary: String?
    var cells: [Cell] = []
    var inlineValues: [InlineValue] = []
    var quizzes: [Quiz] = []
    /// Where the enclosing paragraph or heading starts, and how many line breaks precede the
    /// current inline: cmark gives blocks positions, so inline lines are counted from them.
    var blockLine = 1
    var breaksInBlock = 0

    init(path: String, source: String) {
        self.path = path
        self.source = source
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func read() throws(LessonFormatError) {
        let tree = MarkdownTree(source: source)
        for node in tree.nodesInOrder {
            switch node.kind {
            case .heading:
                enterBlock(node)
                if title == nil, node.headingLevel == 1 { title = node.plainText.trimmingWhitespace }
            case .paragraph:
                enterBlock(node)
                if title != nil, summary == nil, node.parent?.kind == .document {
                    summary = node.plainText.trimmingWhitespace
                }
            case .softBreak, .lineBreak:
                breaksInBlock += 1
            case .code:
                guard let expression = inlineExpression(inCodeSpan: node.literal) else { continue }
                let line = blockLine + breaksInBlock
                guard !expression.isEmpty else {
                    throw error(line, "an inline value needs an expression after `=`, as in `= history.bestEpoch`")
                }
                inlineValues.append(InlineValue(index: inlineValues.count, expression: expression,
                                                line: line, afterCell: lastRunningCell))
            case .codeBlock:
                try readFence(node)
            default:
                continue
            }
        }
    }

    private var lastRunningCell: Int? { cells.last(where: \.runs)?.index }

    private mutating func enterBlock(_ node: MarkdownNode) {
        blockLine = node.startLine
        breaksInBlock = 0
    }

    private mutating func readFence(_ node: MarkdownNode) throws(LessonFormatError) {
        let words = node.fenceInfo.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let language = words.first, language == "swift" || language == "quiz" else { return }
        let fence = try checkedFence(node)
        if language == "swift" {
            var flags: CellFlags = []
            for word in words.dropFirst() {
                guard let flag = CellFlags.spellings.first(where: { $0.0 == word })?.1 else {
                    let valid = CellFlags.spellings.map(\.0).joined(separator: ", ")
                    throw error(fence, "unknown cell flag `\(word)`; a swift fence takes: \(valid)")
                }
                flags.insert(flag)
            }
            if flags.contains(.noRun), flags.subtracting(.noRun) != [] {
                throw error(fence, "`norun` cannot be combined with other flags: a cell that is not compiled can only be shown")
            }
            cells.append(Cell(index: cells.count, fenceLine: fence, code: node.literal, flags: flags))
        } else {
            var parser = QuizParser(path: path, fenceLine: fence, info: Array(words.dropFirst()),
                                    body: node.literal, firstValueIndex: inlineValues.count,
                                    afterCell: lastRunningCell)
            let quiz = try parser.parse(index: quizzes.count)
            if let earlier = quizzes.first(where: { $0.id == quiz.id }) {
                throw error(fence, "a quiz with id `\(quiz.id)` already exists at line \(earlier.fenceLine); give each quiz its own id")
            }
            quizzes.append(quiz)
            inlineValues += quiz.inlineValues
        }
    }

    /// The opening fence's line, after checking that the fence is closed: cmark lets an
    /// unclosed fence run to the end of its container, which would swallow the lesson.
    private func checkedFence(_ node: MarkdownNode) throws(LessonFormatError) -> Int {
        let open = node.startLine
        let opening = fenceMarker(onLine: open)
        let closing = fenceMarker(onLine: node.endLine)
        let closed = node.endLine > open && closing.map { marker in
            marker.character == opening?.character && marker.length >= (opening?.length ?? 3)
                && marker.rest.allSatisfy(\.isWhitespace)
        } == true
        guard closed else {
            let fence = String(repeating: opening?.character ?? "`", count: opening?.length ?? 3)
            throw error(open, "this \(fence)\(node.fenceInfo) fence is never closed; add a line with \(fence) after its last line")
        }
        return open
    }

    /// The fence characters on a line, after any indentation and block-quote markers.
    private func fenceMarker(onLine line: Int) -> (character: Character, length: Int, rest: Substring)? {
        guard line >= 1, line <= lines.count else { return nil }
        var text = lines[line - 1].drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
        if let marker = text.first, "-*+".contains(marker), text.dropFirst().first == " " {
            text = text.dropFirst().drop(while: { $0 == " " })
        } else if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }),
                  !text[..<dot].isEmpty, text[..<dot].allSatisfy(\.isNumber) {
            text = text[text.index(after: dot)...].drop(while: { $0 == " " })
        }
        guard let character = text.first, character == "`" || character == "~" else { return nil }
        let run = text.prefix(while: { $0 == character })
        return (character, run.count, text.dropFirst(run.count))
    }

    private func error(_ line: Int, _ message: String) -> LessonFormatError {
        LessonFormatError(path: path, line: line, message: message)
    }
}
