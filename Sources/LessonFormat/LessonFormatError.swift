/// A mistake in a lesson's Markdown, with the place it was found and what to write instead.
///
/// `description` has the `file:line:column: error: message` shape that compilers use, so editors
/// and terminals link it to the line.
public struct LessonFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The lesson's path as given to the parser (`Lessons/02-vanishing-gradients.md`).
    public let path: String
    /// The 1-based line, or `nil` when the problem concerns the whole file.
    public let line: Int?
    /// The 1-based column, when the problem is at a particular character.
    public let column: Int?
    /// What is wrong and how to fix it.
    public let message: String

    /// An error at `line` (and `column`) of `path`, or in the whole file when `line` is `nil`.
    public init(path: String, line: Int?, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message`.
    public var description: String {
        if let line, let column { return "\(path):\(line):\(column): error: \(message)" }
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }
}

extension LessonFormatError {
    /// An inline value inside an image's description: the description is plain text (the
    /// page's `alt` attribute), so no reader could show the value there.
    static func inlineValueInImage(path: String, line: Int) -> LessonFormatError {
        LessonFormatError(path: path, line: line, message: """
            an inline value cannot be part of an image's description (the text in `![…]`, which is \
            plain text); put the value in the sentence around the image
            """)
    }

    /// A `` `= ` `` span with nothing to compute.
    static func emptyInlineValue(path: String, line: Int) -> LessonFormatError {
        LessonFormatError(path: path, line: line,
                          message: "an inline value needs an expression after `=`, as in `= history.bestEpoch`")
    }
}
