import Notebook

/// Draws a bar chart: a row per bar with its label on the left, the bar growing from the
/// origin (zero, or the start of a log axis), and its value printed at the bar's end.
struct BarChartSVG {
    let data: BarChartData

    static let width = 440.0
    private static let row = 22.0
    private static let thickness = 14.0
    /// Labels longer than this many characters are shortened with "…" (the table form and
    /// the description keep them whole).
    private static let labelCharacters = 28

    var drawing: FigureDrawing {
        guard let axis = data.axis, let origin = data.origin, let start = axis.fraction(of: origin)
        else { return .empty(data.bars.isEmpty ? "no bars to draw" : "no finite values to draw") }
        let font = PlotFrame.fontSize
        let labels = data.bars.map { SVG.shortened($0.label, to: Self.labelCharacters) }
        let labelRoom = labels.map { SVG.width(of: $0, fontSize: font) }.max() ?? 0
        let valueRoom = data.bars.map { SVG.width(of: $0.valueText, fontSize: font) }.max() ?? 0
        let height = 10 + Double(data.bars.count) * Self.row + font + 12 + 4
        let frame = PlotFrame(width: Self.width, height: height, x: axis, y: nil,
                              leftRoom: labelRoom + 8, rightRoom: valueRoom + 10)
        var elements = frame.grid(x: axis, y: nil)
        let zero = frame.x(start)
        for (position, bar) in data.bars.enumerated() {
            let middle = frame.top + (Double(position) + 0.5) * Self.row
            elements.append(SVG.text(labels[position], x: frame.left - 8, y: middle + font * 0.35, anchor: "end", class: "bar-label"))
            var valueAt = zero
            if let value = bar.value, let fraction = axis.fraction(of: value) {
                let end = frame.x(fraction)
                elements.append(SVG.rect(x: min(zero, end), y: middle - Self.thickness / 2, width: abs(end - zero),
                                         height: Self.thickness, class: "bar"))
                valueAt = max(zero, end)
            }
            elements.append(SVG.text(bar.valueText, x: valueAt + 4, y: middle + font * 0.35, class: "bar-value"))
        }
        elements.append(SVG.line(zero, frame.top, zero, frame.bottom, class: "axis"))
        elements += frame.xAxis(axis)
        return FigureDrawing(width: Self.width, height: height, elements: elements)
    }
}
