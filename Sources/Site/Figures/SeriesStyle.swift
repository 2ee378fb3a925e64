/// How series are told apart in a drawn figure: by colour (a colour-blind-safe palette, set
/// in the stylesheet for each theme), and also without colour, by marker shape and dashes.
struct SeriesStyle {
    /// The series' position in its figure.
    let index: Int

    /// How many colours the stylesheet defines (`--series-1` … `--series-8`).
    static let colours = 8
    private static let dashes = ["", "7 3", "2 3", "9 3 2 3"]

    /// The class that picks the colour: `series-1` for the first series.
    var colourClass: String { "series-\(index % Self.colours + 1)" }

    /// The stroke-dasharray of the series' line; empty for a solid line.
    var dash: String { Self.dashes[index % Self.dashes.count] }

    /// Path commands for the series' marker centred at (x, y): circle, square, triangle,
    /// diamond, cross, plus, downward triangle, asterisk, in turn.
    func marker(x: Double, y: Double, radius r: Double = 3.5) -> String {
        let n = SVG.number
        switch index % 8 {
        case 0:
            return "M\(n(x - r)) \(n(y))a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0Z"
        case 1:
            return "M\(n(x - r)) \(n(y - r))h\(n(2 * r))v\(n(2 * r))h\(n(-2 * r))Z"
        case 2:
            return "M\(n(x)) \(n(y - 1.3 * r))L\(n(x + 1.2 * r)) \(n(y + 0.8 * r))L\(n(x - 1.2 * r)) \(n(y + 0.8 * r))Z"
        case 3:
            return "M\(n(x)) \(n(y - 1.3 * r))L\(n(x + 1.3 * r)) \(n(y))L\(n(x)) \(n(y + 1.3 * r))L\(n(x - 1.3 * r)) \(n(y))Z"
        case 4:
            return "M\(n(x - r)) \(n(y - r))L\(n(x + r)) \(n(y + r))M\(n(x - r)) \(n(y + r))L\(n(x + r)) \(n(y - r))"
        case 5:
            return "M\(n(x - 1.3 * r)) \(n(y))H\(n(x + 1.3 * r))M\(n(x)) \(n(y - 1.3 * r))V\(n(y + 1.3 * r))"
        case 6:
            return "M\(n(x)) \(n(y + 1.3 * r))L\(n(x + 1.2 * r)) \(n(y - 0.8 * r))L\(n(x - 1.2 * r)) \(n(y - 0.8 * r))Z"
        default:
            return "M\(n(x - 1.3 * r)) \(n(y))H\(n(x + 1.3 * r))M\(n(x)) \(n(y - 1.3 * r))V\(n(y + 1.3 * r))"
                + "M\(n(x - r)) \(n(y - r))L\(n(x + r)) \(n(y + r))M\(n(x - r)) \(n(y + r))L\(n(x + r)) \(n(y - r))"
        }
    }

    /// A small drawing of the series' line and marker, for its legend entry.
    var swatch: String {
        "<svg class=\"swatch\" viewBox=\"0 0 30 12\" width=\"30\" height=\"12\" aria-hidden=\"true\">"
            + SVG.path("M1 6H29", class: "line \(colourClass)", dash: dash)
            + SVG.path(marker(x: 15, y: 6), class: "marker \(colourClass)")
            + "</svg>"
    }

    /// The stroke-dasharray of vertical marker line number `index`.
    static func verticalLineDash(_ index: Int) -> String {
        ["5 4", "1.5 3", "9 3 1.5 3"][index % 3]
    }

    /// A legend swatch for vertical marker line number `index`: its dashes at half size, so
    /// that a few of them fit the swatch's height.
    static func verticalLineSwatch(_ index: Int) -> String {
        "<svg class=\"swatch\" viewBox=\"0 0 30 12\" width=\"30\" height=\"12\" aria-hidden=\"true\">"
            + SVG.path("M15 0V12", class: "vertical-line", dash: ["2.5 2", "1 1.5", "4.5 1.5 1 1.5"][index % 3])
            + "</svg>"
    }
}
