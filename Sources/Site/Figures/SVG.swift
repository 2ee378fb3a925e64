import Foundation

/// Small helpers that write SVG elements as text. Coordinates are printed to one decimal,
/// so the same figure always gives the same bytes; text and attributes are escaped.
enum SVG {
    /// `12.5`, `3`, `-0.4`: one decimal, without a trailing `.0`, never `-0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = String(format: "%.1f", rounded == 0 ? 0 : rounded)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A straight line.
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String) -> String {
        "<line class=\"\(name)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\"/>"
    }

    /// A rectangle.
    static func rect(x: Double, y: Double, width: Double, height: Double, class name: String) -> String {
        "<rect class=\"\(name)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\"/>"
    }

    /// A path.
    static func path(_ commands: String, class name: String, dash: String = "") -> String {
        let dashes = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
        return "<path class=\"\(name)\" d=\"\(commands)\"\(dashes)/>"
    }

    /// A line of text; `anchor` is `start`, `middle` or `end`.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", class name: String,
                     rotated: Bool = false) -> String {
        let turn = rotated ? " transform=\"rotate(-90 \(number(x)) \(number(y)))\"" : ""
        let anchoring = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        return "<text class=\"\(name)\" x=\"\(number(x))\" y=\"\(number(y))\"\(anchoring)\(turn)>\(content.htmlEscaped)</text>"
    }

    /// How wide `text` is drawn at `fontSize`, estimated: glyphs of a sans-serif average
    /// about 0.6 of the font size (digits, which most labels are, a little less).
    static func width(of text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    /// `text` cut to `limit` characters, the last one "…", when it is longer (a label
    /// inside a drawing; the description and the text form keep it whole).
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
