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
    var inlineLines: InlineLines
    /// The lines on which a block starts: a line that looks like a closing fence but starts a
    /// block of its own did not close anything.
    var blockStarts: Set<Int> = []

    init(path: String, source: String) {
        self.path = path
        self.source = source
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.inlineLines = InlineLines(lines: lines)
    }

    mutating func read() throws(LessonFormatError) {
        let nodes = MarkdownTree(source: source).nodesInOrder
        blockStarts = Set(nodes.filter(\.isBlock).map(\.startLine))
        for node in nodes {
            let line = inlineLines.enter(node)
            switch node.kind {
            case .heading:
                if title == nil, node.headingLevel == 1 { title = node.plainText.trimmingWhitespace }
            case .paragraph:
                if title != nil, summary == nil, node.parent?.kind == .document {
                    summary = node.plainText.trimmingWhitespace
                }
            case .code:
                guard let expression = inlineExpression(inCodeSpan: node.literal) else { continue }
                let line = inlineLines.valueLine(counted: line)
                guard !node.isInsideImage else { throw .inlineValueInImage(path: path, line: line) }
                guard !expression.isEmpty else { throw .emptyInlineValue(path: path, line: line) }
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
    ///
    /// A closed fence ends on the line right after its code, a line that holds nothing but
    /// the closing fence after its containers' `>` markers and indentation, and on which no
    /// other block starts. An unclosed fence ends on its last line of code, or on the line
    /// that ended its container (a blank line, or a line that starts a block of its own, even
    /// one that looks like a closing fence: ```` ``` ```` after a quote opens a new fence).
    private func checkedFence(_ node: MarkdownNode) throws(LessonFormatError) -> Int {
        let open = node.startLine
        let codeLines = node.literal.utf8.count { $0 == UInt8(ascii: "\n") }
        let closed = node.endLine == open + codeLines + 1 && isClosingFence(line: node.endLine)
            && !blockStarts.contains(node.endLine)
        guard closed else {
            let fence = openingFence(onLine: open)
            throw error(open, "this \(fence)\(node.fenceInfo) fence is never closed; add a line with \(fence) after its last line")
        }
        return open
    }

    /// Whether `line`, after `>` markers and indentation, is a run of backticks or tildes
    /// and nothing else but spaces.
    private func isClosingFence(line: Int) -> Bool {
        guard line >= 1, line <= lines.count else { return false }
        let text = lines[line - 1].drop { $0 == " " || $0 == "\t" || $0 == ">" }
        guard let character = text.first, character == "`" || character == "~" else { return false }
        let run = text.prefix { $0 == character }
        return run.count >= 3 && text.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }

    /// The fence that opens on `line`: its first run of three or more backticks or tildes
    /// (the list markers and `>` before it have neither, and the info string comes after).
    private func openingFence(onLine line: Int) -> String {
        var text = line >= 1 && line <= lines.count ? lines[line - 1] : ""
        while let start = text.firstIndex(where: { $0 == "`" || $0 == "~" }) {
            let run = text[start...].prefix { $0 == text[start] }
            if run.count >= 3 { return String(run) }
            text = text[run.endIndex...]
        }
        return "```"
    }

    private func error(_ line: Int, _ message: String) -> LessonFormatError {
        LessonFormatError(path: path, line: line, message: message)
    }
}
