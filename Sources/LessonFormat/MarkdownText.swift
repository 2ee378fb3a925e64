/// A piece of Markdown inside a quiz (its question, a choice, its explanation) together
/// with the inline values it contains, so renderers can splice the run's values into it.
public struct MarkdownText: Sendable, Hashable {
    /// The Markdown source.
    public let source: String
    /// The `` `= expr` `` spans in `source`, in order, numbered in the lesson's sequence.
    public let inlineValues: [InlineValue]

    /// Whether there is any text.
    public var isEmpty: Bool { source.allSatisfy(\.isWhitespace) }
}

/// The expression of a `` `= expr` `` code span, or `nil` for ordinary code.
func inlineExpression(inCodeSpan literal: String) -> String? {
    guard literal.hasPrefix("=") else { return nil }
    let rest = literal.dropFirst()
    guard rest.first == " " else { return nil }
    return rest.trimmingWhitespace
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
