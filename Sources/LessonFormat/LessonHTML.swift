/// A lesson's body as HTML, with everything the run produced spliced in, and its section
/// headings for a table of contents.
public struct LessonHTML: Sendable {
    /// The rendered body, title heading included.
    public let body: String
    /// The level-2 and level-3 headings, in order, with the anchors they carry.
    public let headings: [Heading]
}

/// A section heading and the `id` it carries in the page.
public struct Heading: Sendable, Hashable {
    /// 2 for `##`, 3 for `###`.
    public let level: Int
    /// The heading's text with inline values filled in.
    public let text: String
    /// A unique, URL-friendly `id` (`why-gradients-vanish`).
    public let anchor: String
}

/// The HTML that replaces each code-carrying part of a lesson.
public struct HTMLSplices {
    /// HTML for a ```` ```swift ```` cell: its code (unless hidden) and its outputs.
    public var cell: (Cell) -> String
    /// Inline HTML for a `` `= expr` `` value.
    public var inlineValue: (InlineValue) -> String
    /// The plain text of a value, for the text and anchor of a heading that holds it.
    public var inlineValueText: (InlineValue) -> String
    /// HTML for a ```` ```quiz ```` fence.
    public var quiz: (Quiz) -> String

    /// The splices, one per kind of code-carrying part, and the plain text of a value.
    public init(cell: @escaping (Cell) -> String, inlineValue: @escaping (InlineValue) -> String,
                inlineValueText: @escaping (InlineValue) -> String, quiz: @escaping (Quiz) -> String) {
        self.cell = cell
        self.inlineValue = inlineValue
        self.inlineValueText = inlineValueText
        self.quiz = quiz
    }
}

extension Lesson {
    /// Renders the lesson through cmark, replacing cells, inline values and quizzes by the
    /// HTML that `splices` gives for them; headings get anchors.
    public func renderHTML(_ splices: HTMLSplices) -> LessonHTML {
        let tree = MarkdownTree(source: source)
        var codeBlocks: [MarkdownNode] = []
        var codeSpans: [MarkdownNode] = []
        var headingNodes: [MarkdownNode] = []
        for node in tree.nodesInOrder {
            switch node.kind {
            case .codeBlock:
                let language = node.fenceInfo.split(whereSeparator: \.isWhitespace).first
                if language == "swift" || language == "quiz" { codeBlocks.append(node) }
            case .code where inlineExpression(inCodeSpan: node.literal) != nil:
                codeSpans.append(node)
            case .heading:
                headingNodes.append(node)
            default:
                break
            }
        }
        // The parser numbered these in the same text order; quizzes' own inline values are
        // spliced by the quiz renderer, so the document's spans map onto the rest in order.
        let documentValues = inlineValues.filter { value in
            !quizzes.contains { $0.inlineValues.contains(value) }
        }
        let spliced = Array(zip(codeSpans, documentValues))
        // Headings' texts are read before their values become HTML, with each value's text.
        var valueTexts: [OpaquePointer: String] = [:]
        for (node, value) in spliced { valueTexts[node.pointer] = splices.inlineValueText(value) }
        let headingTexts = headingNodes.map { $0.plainText(substituting: valueTexts).trimmingWhitespace }
        for (node, value) in spliced {
            tree.replace(inline: node, withHTML: splices.inlineValue(value))
        }
        var cellIterator = cells.makeIterator()
        var quizIterator = quizzes.makeIterator()
        for node in codeBlocks {
            let isQuiz = node.fenceInfo.hasPrefix("quiz")
            if isQuiz, let quiz = quizIterator.next() {
                tree.replace(block: node, withHTML: splices.quiz(quiz))
            } else if !isQuiz, let cell = cellIterator.next() {
                tree.replace(block: node, withHTML: splices.cell(cell))
            }
        }
        var anchors = AnchorMaker()
        var headings: [Heading] = []
        for (node, text) in zip(headingNodes, headingTexts) {
            let level = node.headingLevel
            let anchor = anchors.anchor(for: text)
            let inner = tree.renderChildrenHTML(of: node)
            tree.replace(block: node, withHTML: "<h\(level) id=\"\(anchor)\">\(inner)</h\(level)>\n")
            if level == 2 || level == 3 { headings.append(Heading(level: level, text: text, anchor: anchor)) }
        }
        return LessonHTML(body: tree.renderHTML(), headings: headings)
    }
}

extension MarkdownText {
    /// Renders this quiz text as HTML with inline values spliced in.
    public func renderHTML(inlineValue: (InlineValue) -> String) -> String {
        let tree = MarkdownTree(source: source)
        let spans = tree.nodesInOrder.filter { $0.kind == .code && inlineExpression(inCodeSpan: $0.literal) != nil }
        for (node, value) in zip(spans, inlineValues) {
            tree.replace(inline: node, withHTML: inlineValue(value))
        }
        return tree.renderHTML()
    }
}

/// Makes heading anchors: lowercase words joined by hyphens, unique within a page.
struct AnchorMaker {
    private var used: [String: Int] = [:]

    mutating func anchor(for text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber, character.isASCII {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        if slug.isEmpty { slug = "section" }
        let seen = used[slug, default: 0]
        used[slug] = seen + 1
        return seen == 0 ? slug : "\(slug)-\(seen + 1)"
    }
}
