import CCmark
import Foundation

/// The one owner of cmark in the project: parses CommonMark into a node tree, hands out
/// nodes in document order, lets callers swap nodes for raw HTML, and renders the result.
///
/// Every other part of the toolchain reads Markdown through this type, so the compiler
/// and the renderers always agree on what the document contains.
final class MarkdownTree {
    private let root: OpaquePointer

    /// Parses `source` as CommonMark (smart punctuation off, so code stays verbatim).
    ///
    /// Blocks carry their lines whatever the options; `CMARK_OPT_SOURCEPOS` also has cmark
    /// count the line breaks inside a code span, which `InlineLines` needs. It changes no
    /// rendering: HTML is rendered with options of its own.
    init(source: String) {
        root = source.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_SOURCEPOS)
        }
    }

    deinit { cmark_node_free(root) }

    /// The document node.
    var document: MarkdownNode { MarkdownNode(tree: self, pointer: root) }

    /// Every node, parents before their children, in the order they appear in the text.
    var nodesInOrder: [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                nodes.append(MarkdownNode(tree: self, pointer: node))
            }
        }
        return nodes
    }

    /// Replaces `node` (a block) by a raw HTML block holding `html`.
    func replace(block node: MarkdownNode, withHTML html: String) {
        replace(node, with: CMARK_NODE_HTML_BLOCK, literal: html)
    }

    /// Replaces `node` (an inline) by raw inline HTML.
    func replace(inline node: MarkdownNode, withHTML html: String) {
        replace(node, with: CMARK_NODE_HTML_INLINE, literal: html)
    }

    /// Renders `node`'s inline children as HTML, without the enclosing block's tags.
    func renderChildrenHTML(of node: MarkdownNode) -> String {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        defer { cmark_node_free(paragraph) }
        while let child = cmark_node_first_child(node.pointer) {
            cmark_node_unlink(child)
            cmark_node_append_child(paragraph, child)
        }
        let html = Self.render(paragraph)
        var inner = Substring(html)
        if inner.hasPrefix("<p>") { inner = inner.dropFirst(3) }
        while inner.hasSuffix("\n") { inner = inner.dropLast() }
        if inner.hasSuffix("</p>") { inner = inner.dropLast(4) }
        return String(inner)
    }

    /// The whole document as HTML (raw HTML passes through: lesson authors are trusted,
    /// and every value spliced in by the toolchain is escaped before it gets here).
    func renderHTML() -> String { Self.render(root) }

    private static func render(_ node: OpaquePointer) -> String {
        guard let html = cmark_render_html(node, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private func replace(_ node: MarkdownNode, with type: cmark_node_type, literal: String) {
        let replacement = cmark_node_new(type)!
        cmark_node_set_literal(replacement, literal)
        cmark_node_replace(node.pointer, replacement)
        cmark_node_free(node.pointer)
    }
}

/// A view of one cmark node. It keeps its tree alive; it is valid until the node is replaced.
struct MarkdownNode {
    let tree: MarkdownTree
    let pointer: OpaquePointer

    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
        case paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        default: .customBlock
        }
    }

    /// Text of a text, code, code block or HTML node.
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    /// A fenced code block's info string (`swift hide`).
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }
    /// 1-based line where the node starts (for a fenced block: the opening fence). Inline
    /// nodes have lines of their own making, only right relative to each other within a code
    /// span (see `InlineLines`).
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map { MarkdownNode(tree: tree, pointer: $0) } }

    /// Whether the node is a block (a paragraph, a list, a code block, …) rather than text
    /// inside one.
    var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
             .paragraph, .heading, .thematicBreak: true
        default: false
        }
    }

    /// Whether the node is part of an image's description (its alt text).
    var isInsideImage: Bool {
        var ancestor = parent
        while let node = ancestor, !node.isBlock {
            if node.kind == .image { return true }
            ancestor = node.parent
        }
        return false
    }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            result.append(MarkdownNode(tree: tree, pointer: node))
            child = cmark_node_next(node)
        }
        return result
    }

    /// The plain text of the node and its descendants (code spans keep their text).
    var plainText: String { plainText(substituting: [:]) }

    /// The plain text of the node and its descendants, with the nodes in `substitutes`
    /// read as the text given for them.
    func plainText(substituting substitutes: [OpaquePointer: String]) -> String {
        if let substitute = substitutes[pointer] { return substitute }
        return switch kind {
        case .text, .code: literal
        case .htmlInline: literal.strippingTags
        case .softBreak, .lineBreak: " "
        default: children.map { $0.plainText(substituting: substitutes) }.joined()
        }
    }

    static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool { lhs.pointer == rhs.pointer }
}

extension String {
    /// The text outside `<…>` tags: raw HTML read as plain text, for renderers that cannot
    /// show HTML.
    public var strippingTags: String {
        var result = ""
        var inTag = false
        for character in self {
            switch character {
            case "<": inTag = true
            case ">": inTag = false
            default: if !inTag { result.append(character) }
            }
        }
        return result
    }
}
