/// A figure drawn as SVG: its size, its elements, and the legend shown under it in HTML
/// (where the text reflows and stays readable on a phone, unlike text inside the SVG).
struct FigureDrawing {
    /// One legend entry: a small drawing of the series' style and its name.
    struct LegendEntry {
        let swatch: String
        let label: String
    }

    let width: Double
    let height: Double
    /// The SVG elements, in drawing order.
    let elements: [String]
    var legend: [LegendEntry] = []

    /// A drawing that says there is nothing to draw, the way the figure's text says it.
    static func empty(_ message: String) -> FigureDrawing {
        FigureDrawing(width: 440, height: 60, elements: [
            SVG.rect(x: 0.5, y: 0.5, width: 439, height: 59, class: "frame"),
            SVG.text(message, x: 220, y: 34, anchor: "middle", class: "tick"),
        ])
    }
}
