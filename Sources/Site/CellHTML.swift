import LessonFormat
import Notebook

/// The HTML for one cell: its code (unless hidden), what it printed and showed, the claims
/// it checked, and the failure if the run stopped in it.
struct CellHTML {
    let run: LessonRun

    func html(_ cell: Cell) -> String {
        var parts: [String] = []
        if cell.showsCode {
            parts.append(codeBox(cell))
        } else {
            parts.append("<details class=\"hidden-code\"><summary>Show the code</summary>\n\(codeBox(cell))\n</details>")
        }
        let knobs = run.record.knobs(inCell: cell.index)
        if !knobs.isEmpty { parts.append(KnobHTML(lesson: run.lesson).html(knobs)) }
        if let cellRun = run.record.cell(cell.index) {
            var figures = 0
            let outputs = cellRun.outputs.map { output -> String in
                switch output {
                case .text(let text):
                    return "<pre class=\"output\">\(text.trimmingTrailingNewlines.htmlEscaped)</pre>"
                case .figure(let kind, let text, let data):
                    figures += 1
                    return FigureHTML(id: "figure-\(cell.index)-\(figures)").html(kind: kind, text: text, data: data)
                }
            }
            if !outputs.isEmpty {
                parts.append("<div class=\"outputs\" aria-label=\"Output\">\n\(outputs.joined(separator: "\n"))\n</div>")
            }
        }
        let claims = run.record.claims(inCell: cell.index)
        if !claims.isEmpty {
            parts.append("<ul class=\"claims\">\n\(claims.map(claim).joined(separator: "\n"))\n</ul>")
        }
        if let failure = run.record.failure, failure.cell == cell.index {
            parts.append(failureHTML(failure, cell: cell))
        } else if cell.runs, run.record.cell(cell.index) == nil, !run.record.completed {
            parts.append("<p class=\"failure\">Not run: the lesson stopped before this cell.</p>")
        }
        guard !parts.isEmpty else { return "" }
        return "<div class=\"cell\" id=\"cell-\(cell.index)\">\n\(parts.joined(separator: "\n"))\n</div>\n"
    }

    /// The highlighted code with a button that copies it.
    private func codeBox(_ cell: Cell) -> String {
        "<div class=\"code-box\"><button type=\"button\" class=\"copy needs-js\" aria-label=\"Copy the code\">Copy</button>"
            + "<pre class=\"code\"><code class=\"language-swift\">\(SwiftHighlighter.html(cell.code.trimmingTrailingNewlines))</code></pre></div>"
    }

    private func claim(_ claim: Claim) -> String {
        let mark = claim.held ? "✓" : "✗"
        let state = claim.held ? "held" : "broken"
        let label = claim.held ? "Claim checked by this run" : "Claim contradicted by this run"
        return "<li class=\"claim \(state)\"><span class=\"mark\" aria-label=\"\(label)\">\(mark)</span> "
            + "\(claim.statement.htmlEscaped) <span class=\"detail\">(\(claim.detail.htmlEscaped)"
            + (claim.held ? ")" : "; \(run.lesson.path.htmlEscaped):\(claim.line))") + "</span></li>"
    }

    private func failureHTML(_ failure: Failure, cell: Cell) -> String {
        let line = failure.line ?? cell.fenceLine
        let headline = switch failure.kind {
        case .error: "This cell threw an error"
        case .crash: "The lesson crashed in this cell"
        case .timeout: "The lesson ran out of time in this cell"
        }
        return "<div class=\"failure\" role=\"alert\"><strong>\(headline)</strong> at "
            + "<span class=\"where\">\(run.lesson.path.htmlEscaped):\(line)</span>."
            + "<pre>\(failure.message.trimmingTrailingNewlines.htmlEscaped)</pre></div>"
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while text.last?.isNewline == true { text = text.dropLast() }
        return String(text)
    }
}
