import Foundation
import LessonFormat
import Notebook

/// One lesson's searchable text, section by section: its prose with the run's values in
/// place, what its cells printed and showed, its claims and its quiz questions (never the
/// answers). The code itself is left out.
struct SearchEntry: Codable, Equatable {
    /// A stretch of the lesson under one heading.
    struct Section: Codable, Equatable {
        /// The heading's anchor; empty for the part under the title.
        let anchor: String
        /// The heading's text (the title for the first section).
        let heading: String
        /// The section's text, on one line.
        let text: String
    }

    /// The lesson's page (`02-vanishing-gradients.html`).
    let page: String
    /// `02`.
    let number: String
    /// The lesson's title.
    let title: String
    /// The sections in order.
    let sections: [Section]
}

extension SearchEntry {
    /// The entry for `run`, whose level-2 and level-3 headings carry `anchors` in order.
    init(run: LessonRun, anchors: [Heading]) {
        var collector = SearchTextCollector(run: run, anchors: anchors.makeIterator(), current: ("", run.lesson.title))
        collector.add(run.lesson.blocks)
        collector.closeSection()
        self.init(page: run.pageName, number: run.lesson.paddedNumber, title: run.lesson.title,
                  sections: collector.sections)
    }
}

/// Walks a lesson's blocks in order, cutting the text into sections at its headings.
private struct SearchTextCollector {
    let run: LessonRun
    var anchors: IndexingIterator<[Heading]>
    var current: (anchor: String, heading: String)
    var words: [String] = []
    var sections: [SearchEntry.Section] = []

    mutating func closeSection() {
        let text = words.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !text.isEmpty || !current.anchor.isEmpty {
            sections.append(.init(anchor: current.anchor, heading: current.heading, text: text))
        }
        words = []
    }

    mutating func add(_ blocks: [MarkdownBlock]) {
        for block in blocks { add(block) }
    }

    private mutating func add(_ block: MarkdownBlock) {
        switch block {
        case .heading(let level, let inlines) where level == 2 || level == 3:
            closeSection()
            current = (anchors.next()?.anchor ?? "", plain(inlines))
        case .heading(let level, let inlines):
            if level > 3 { words.append(plain(inlines)) }
        case .paragraph(let inlines):
            words.append(plain(inlines))
        case .list(_, _, let items):
            for item in items { add(item) }
        case .blockQuote(let blocks):
            add(blocks)
        case .code(_, let text):
            words.append(text)
        case .cell(let cell):
            for output in run.record.cell(cell.index)?.outputs ?? [] { words.append(Self.text(of: output)) }
            words += run.record.claims(inCell: cell.index).map(\.statement)
        case .quiz(let quiz):
            words.append(quiz.question.blocks.map(plain).joined(separator: " "))
            if case .choices(let choices) = quiz.answer {
                words += choices.map { $0.text.blocks.map(plain).joined(separator: " ") }
            }
        case .html(let html):
            words.append(html.strippingTags)
        case .thematicBreak:
            break
        }
    }

    /// Printed text as it is; a figure by its name, description and, for a table, its cells.
    private static func text(of output: Output) -> String {
        switch output {
        case .text(let text):
            return text
        case .figure(_, let text, let data):
            guard let data else { return text }
            let described = FigureDescription(data: data)
            var parts = [described.name, described.description]
            if case .table(let table) = data { parts += table.rows.map { $0.joined(separator: " ") } }
            return parts.joined(separator: " ")
        }
    }

    private func plain(_ block: MarkdownBlock) -> String {
        if case .paragraph(let inlines) = block { return plain(inlines) }
        return ""
    }

    private func plain(_ inlines: [MarkdownInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text), .code(let text): text
            case .emphasis(let inner), .strong(let inner), .link(_, let inner): plain(inner)
            case .image(_, let alt): alt
            case .value(let value): run.record.value(value.index)?.text ?? ""
            case .softBreak, .lineBreak: " "
            case .html(let html): html.strippingTags
            }
        }.joined()
    }
}
