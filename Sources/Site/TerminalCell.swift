import LessonFormat
import Notebook

/// A cell in the terminal: its code behind a gutter, then its outputs verbatim (plots are
/// up to 80 columns wide and must not be re-wrapped), its claims and any failure.
struct TerminalCell {
    let run: LessonRun
    let style: TerminalStyle
    let width: Int

    func lines(_ cell: Cell) -> [String] {
        var lines: [String] = []
        if cell.showsCode {
            for line in cell.code.trimmingTrailingNewlines.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(style.apply([.dim], to: "  │ ") + style.apply([.cyan], to: String(line)))
            }
        }
        let knobs = run.record.knobs(inCell: cell.index)
        if !knobs.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += TerminalKnobs(lesson: run.lesson, style: style, width: width).lines(knobs)
        }
        for output in run.record.cell(cell.index)?.outputs ?? [] {
            if !lines.isEmpty { lines.append("") }
            switch output {
            case .text(let text), .figure(_, let text, _):
                lines += text.trimmingTrailingNewlines.split(separator: "\n", omittingEmptySubsequences: false).map(terminalSafe)
            }
        }
        let wrapper = TextWrapper(width: width, style: style)
        for claim in run.record.claims(inCell: cell.index) {
            let mark = claim.held ? style.apply([.green, .bold], to: "✓") : style.apply([.red, .bold], to: "✗")
            let place = claim.held ? "" : "; \(run.lesson.path):\(claim.line)"
            lines += wrapper.wrap([StyledRun(text: terminalSafe(claim.statement) + " "),
                                   StyledRun(text: "(\(terminalSafe(claim.detail))\(place))", effects: [.dim])],
                                  firstPrefix: "  \(mark) ", prefix: "    ")
        }
        if let failure = run.record.failure, failure.cell == cell.index {
            let line = failure.line ?? cell.fenceLine
            lines.append(style.apply([.red, .bold], to: "  ✗ stopped at \(run.lesson.path):\(line):"))
            lines += failure.message.trimmingTrailingNewlines.split(separator: "\n").map { "    " + terminalSafe($0) }
        }
        return lines
    }
}
