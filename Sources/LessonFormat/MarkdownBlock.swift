/// A lesson's Markdown as a plain tree, for renderers that do not produce HTML (the
/// terminal): cells, quizzes and inline values appear as themselves.
public indirect enum MarkdownBlock: Sendable, Hashable {
    /// `#` to `######`.
    case heading(level: Int, [MarkdownInline])
    /// A paragraph of text.
    case paragraph([MarkdownInline])
    /// A bulleted or numbered list; each item is a list of blocks.
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    /// A `>` quotation.
    case blockQuote([MarkdownBlock])
    /// A code block that is not a cell (`text`, `sh`, or no language).
    case code(language: String, text: String)
    /// A ```` ```swift ```` cell.
    case cell(Cell)
    /// A ```` ```quiz ```` fence.
    case quiz(Quiz)
    /// Raw HTML.
    case html(String)
    /// A `---` rule.
    case thematicBreak
}

/// Text-level Markdown.
public indirect enum MarkdownInline: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// A code span that is not an inline value.
    case code(String)
    /// `*emphasis*`.
    case emphasis([MarkdownInline])
    /// `**strong**`.
    case strong([MarkdownInline])
    /// A link and its text.
    case link(destination: String, [MarkdownInline])
    /// An image and its description.
    case image(source: String, alt: String)
    /// A `` `= expr` `` inline value.
    case value(InlineValue)
    /// A line break in the source that reads as a space.
    case softBreak
    /// A hard line break.
    case lineBreak
    /// Raw inline HTML.
    case html(String)
}

extension Lesson {
    /// The lesson as blocks, in text order.
    public var blocks: [MarkdownBlock] {
        var converter = BlockConverter(cells: cells, quizzes: quizzes,
                                       values: inlineValues.filter { value in
                                           !quizzes.contains { $0.inlineValues.contains(value) }
                                       })
        return converter.blocks(of: MarkdownTree(source: source).document)
    }
}

extension MarkdownText {
    /// This quiz text as blocks.
    public var blocks: [MarkdownBlock] {
        var converter = BlockConverter(cells: [], quizzes: [], values: inlineValues)
        return converter.blocks(of: MarkdownTree(source: source).document)
    }
}

/// Walks the tree once, handing out cells, quizzes and values in text order.
private struct BlockConverter {
    var cells: IndexingIterator<[Cell]>
    var quizzes: IndexingIterator<[Quiz]>
    var values: IndexingIterator<[InlineValue]>

    init(cells: [Cell], quizzes: [Quiz], values: [InlineValue]) {
        self.cells = cells.makeIterator()
        self.quizzes = quizzes.makeIterator()
        self.values = values.makeIterator()
    }

    mutating func blocks(of node: MarkdownNode) -> [MarkdownBlock] {
        node.children.compactMap { block($0) }
    }

    private mutating func block(_ node: MarkdownNode) -> MarkdownBlock? {
        switch node.kind {
        case .heading: return .heading(level: node.headingLevel, inlines(of: node))
        case .paragraph: return .paragraph(inlines(of: node))
        case .list:
            let items = node.children.map { blocks(of: $0) }
            return .list(ordered: node.isOrderedList, start: node.listStart, items: items)
        case .blockQuote: return .blockQuote(blocks(of: node))
        case .codeBlock:
            let language = node.fenceInfo.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            if language == "swift", let cell = cells.next() { return .cell(cell) }
            if language == "quiz", let quiz = quizzes.next() { return .quiz(quiz) }
            return .code(language: language, text: node.literal)
        case .htmlBlock: return .html(node.literal)
        case .thematicBreak: return .thematicBreak
        default: return nil
        }
    }

    private mutating func inlines(of node: MarkdownNode) -> [MarkdownInline] {
        node.children.map { inline($0) }
    }

    private mutating func inline(_ node: MarkdownNode) -> MarkdownInline {
        switch node.kind {
        case .code:
            if inlineExpression(inCodeSpan: node.literal) != nil, let value = values.next() { return .value(value) }
            return .code(node.literal)
        case .emphasis: return .emphasis(inlines(of: node))
        case .strong: return .strong(inlines(of: node))
        case .link: return .link(destination: node.url, inlines(of: node))
        case .image: return .image(source: node.url, alt: node.plainText)
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .htmlInline: return .html(node.literal)
        default: return .text(node.literal)
        }
    }
}
