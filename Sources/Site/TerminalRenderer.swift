import LessonFormat
import Notebook

/// Renders a lesson and its run as terminal text: bold headings, paragraphs wrapped to the
/// width, code set off with a gutter, outputs and plots verbatim, claims and failures
/// marked, quizzes where they stand in the text.
public struct TerminalRenderer {
    let run: LessonRun
    let width: Int
    let style: TerminalStyle
    /// Whether quiz keys are printed under each quiz.
    let showAnswers: Bool

    /// A renderer for `run` that wraps text at `width` columns (at least 20).
    public init(run: LessonRun, width: Int, style: TerminalStyle, showAnswers: Bool = false) {
        self.run = run
        self.width = max(20, width)
        self.style = style
        self.showAnswers = showAnswers
    }

    /// The whole lesson.
    public func render() -> String {
        var out: [String] = []
        if let problem = run.problem {
            out += wrapper.wrap([StyledRun(text: "✗ " + problem, effects: [.bold, .red])]) + [""]
        }
        out += render(run.lesson.blocks)
        return out.joined(separator: "\n") + "\n"
    }

    /// One block list, for the whole lesson or a quiz's explanation.
    public func render(_ blocks: [MarkdownBlock]) -> [String] {
        var out: [String] = []
        for block in blocks {
            let lines = self.block(block)
            guard !lines.isEmpty else { continue }
            out += lines
            out.append("")
        }
        while out.last == "" { out.removeLast() }
        return out
    }

    /// `blocks` set after a prefix: the first line starts with `first`, every other line with
    /// `prefix` (the two as wide as each other), and the text wraps in the width left over.
    public func render(_ blocks: [MarkdownBlock], prefix: String, first: String? = nil) -> [String] {
        let inner = TerminalRenderer(run: run, width: width - prefix.visibleWidth, style: style, showAnswers: showAnswers)
        return inner.render(blocks).enumerated().map { ($0.offset == 0 ? first ?? prefix : prefix) + $0.element }
    }

    private var wrapper: TextWrapper { TextWrapper(width: width, style: style) }

    private func block(_ block: MarkdownBlock) -> [String] {
        switch block {
        case .heading(let level, let inlines):
            let text = plain(inlines)
            switch level {
            case 1: return [style.apply([.bold], to: text.uppercased()), String(repeating: "═", count: min(width, text.count))]
            case 2: return [style.apply([.bold], to: text), String(repeating: "─", count: min(width, text.count))]
            default: return [style.apply([.bold, .underline], to: text)]
            }
        case .paragraph(let inlines):
            return wrapper.wrap(runs(inlines))
        case .list(let ordered, let start, let items):
            var lines: [String] = []
            for (position, item) in items.enumerated() {
                let marker = ordered ? "\(start + position). " : "• "
                let indent = String(repeating: " ", count: marker.count)
                let inner = TerminalRenderer(run: run, width: width - marker.count, style: style, showAnswers: showAnswers)
                let body = inner.render(item).filter { !$0.isEmpty }
                for (number, line) in body.enumerated() { lines.append((number == 0 ? marker : indent) + line) }
            }
            return lines
        case .blockQuote(let blocks):
            return render(blocks, prefix: style.apply([.dim], to: "│ "))
        case .code(_, let text):
            return text.trimmingTrailingNewlines.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + style.apply([.cyan], to: String($0)) }
        case .cell(let cell):
            return TerminalCell(run: run, style: style, width: width).lines(cell)
        case .quiz(let quiz):
            return TerminalQuiz(renderer: self).lines(quiz)
        case .html(let html):
            let text = html.strippingTags.trimmingTrailingNewlines
            return text.isEmpty ? [] : wrapper.wrap([StyledRun(text: text)])
        case .thematicBreak:
            return [style.apply([.dim], to: String(repeating: "─", count: min(width, 40)))]
        }
    }

    func runs(_ inlines: [MarkdownInline], effects: [TerminalStyle.Effect] = []) -> [StyledRun] {
        inlines.flatMap { inline -> [StyledRun] in
            switch inline {
            case .text(let text): [StyledRun(text: text, effects: effects)]
            case .code(let code):
                [StyledRun(text: style.color || code.contains("`") ? code : "`\(code)`", effects: effects + [.cyan])]
            case .emphasis(let inner): runs(inner, effects: effects + [.italic])
            case .strong(let inner): runs(inner, effects: effects + [.bold])
            case .link(let destination, let inner):
                runs(inner, effects: effects + [.underline])
                    + (destination.hasPrefix("#") ? [] : [StyledRun(text: " (\(destination))", effects: [.dim])])
            case .image(_, let alt): [StyledRun(text: "[image: \(alt)]", effects: [.dim])]
            case .value(let value): [StyledRun(text: valueText(value), effects: effects + [.bold, .blue])]
            case .softBreak: [StyledRun(text: " ")]
            case .lineBreak: [StyledRun(text: "\n")]
            case .html(let html): [StyledRun(text: html.strippingTags, effects: effects)]
            }
        }
    }

    func valueText(_ value: InlineValue) -> String {
        run.record.value(value.index).map { terminalSafe($0.text) } ?? "?"
    }

    private func plain(_ inlines: [MarkdownInline]) -> String {
        runs(inlines).map(\.text).joined()
    }
}
