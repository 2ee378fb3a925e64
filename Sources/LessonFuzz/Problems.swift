import LessonFormat

/// What the check found wrong, in words, for one input.
struct Problems {
    /// The number of lines in the file: every reported line must lie in 1...lineCount.
    let lineCount: Int
    private(set) var list: [String] = []

    init(lineCount: Int) { self.lineCount = lineCount }

    mutating func add(_ problem: String) { list.append(problem) }

    /// Checks that `line` lies in the file.
    mutating func checkLine(_ line: Int, _ what: String) {
        if line < 1 || line > lineCount { add("\(what) is at line \(line) of a file of \(lineCount) lines") }
    }

    /// Checks that an error's line, if it has one, lies in the file.
    mutating func checkPlace(of error: LessonFormatError) {
        if let line = error.line { checkLine(line, "the error “\(error.message)”") }
    }

    /// Checks that an error's column lies on its line (or just after its end).
    mutating func checkColumn(_ column: Int, onLine line: Int, of lesson: Lesson) {
        let lines = lesson.source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return }
        let width = lines[line - 1].utf8.count
        if column < 1 || column > width + 1 { add("an error is at column \(column) of line \(line), which has \(width) bytes") }
    }

    /// Checks that `reader` met the parts the parser found, in the parser's order.
    mutating func compare(_ reader: String, _ parts: [Part], with expected: [Part]) {
        guard parts != expected else { return }
        add("\(reader) read \(parts.map(\.description).joined(separator: " ")); "
            + "the parser read \(expected.map(\.description).joined(separator: " "))")
    }
}
