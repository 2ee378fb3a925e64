import LessonFormat
import Notebook

/// A cell in the terminal: its code behind a gutter (a line too long for the width goes on
/// behind a dotted gutter), then its outputs verbatim (plots are up to 80 columns wide and
/// must not be re-wrapped), its claims and any failure.
struct TerminalCell {
    let run: LessonRun
    let style: TerminalStyle
    let width: Int

    func lines(_ cell: Cell) -> [String] {
        var lines: [String] = []
        if cell.showsCode {
            for line in cell.code.trimmingTrailingNewlines.split(separator: "\n", omittingEmptySubsequences: false) {
                for (index, piece) in Self.pieces(of: String(line), room: width - 4).enumerated() {
                    lines.append(style.apply([.dim], to: index == 0 ? "  │ " : "  ┆ ") + style.apply([.cyan], to: piece))
                }
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

    /// `line` in pieces of at most `room` characters: each break falls after the last space
    /// that leaves the piece at least half full, or at `room` when there is none; the pieces
    /// after the first are indented four columns deeper than the line.
    static func pieces(of line: String, room: Int) -> [String] {
        guard line.count > room, room >= 8 else { return [line] }
        let indent = String(repeating: " ", count: min(line.prefix { $0 == " " }.count + 4, room / 2))
        var pieces: [String] = []
        var rest = Substring(line)
        var limit = room
        while rest.count > limit {
            let window = rest.prefix(limit)
            let space = window.dropFirst(limit / 2).lastIndex(of: " ")
            let end = space.map { rest.index(after: $0) } ?? window.endIndex
            pieces.append(String(rest[..<end]).trimmingTrailingSpaces)
            rest = rest[end...].drop { $0 == " " }
            limit = room - indent.count
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return [pieces[0]] + pieces.dropFirst().map { indent + $0 }
    }
}
