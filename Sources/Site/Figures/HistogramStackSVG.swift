import Notebook

/// Draws a stack of histograms over shared bins: one strip per row, each scaled to its own
/// fullest bin, with the row's label on the left and its mean and spread on the right.
struct HistogramStackSVG {
    let data: HistogramStackData

    static let width = 440.0
    private static let row = 30.0
    private static let labelCharacters = 20

    var drawing: FigureDrawing {
        guard let axis = data.x, !data.rows.isEmpty, data.edges.count >= 2
        else { return .empty(data.rows.isEmpty ? "no histograms to draw" : "no finite values to draw") }
        let font = PlotFrame.fontSize
        let labels = data.rows.map { SVG.shortened($0.label, to: Self.labelCharacters) }
        let statistics = data.rows.map { row in
            "mean \(row.mean.map(readable) ?? "–")  std \(row.standardDeviation.map(readable) ?? "–")"
        }
        let labelRoom = labels.map { SVG.width(of: $0, fontSize: font) }.max() ?? 0
        let statisticsRoom = statistics.map { SVG.width(of: $0, fontSize: font) }.max() ?? 0
        let height = 10 + Double(data.rows.count) * Self.row + font + 12 + 4
        let frame = PlotFrame(width: Self.width, height: height, x: axis, y: nil,
                              leftRoom: labelRoom + 8, rightRoom: statisticsRoom + 12)
        var elements = frame.grid(x: axis, y: nil)
        for (position, row) in data.rows.enumerated() {
            let base = frame.top + Double(position + 1) * Self.row - 3
            let fullest = Double(row.counts.max() ?? 0)
            for (bin, count) in row.counts.enumerated() where count > 0 && bin + 1 < data.edges.count {
                guard let from = axis.fraction(of: data.edges[bin]), let to = axis.fraction(of: data.edges[bin + 1])
                else { continue }
                let tall = max(1.5, Double(count) / fullest * (Self.row - 8))
                elements.append(SVG.rect(x: frame.x(from), y: base - tall, width: frame.x(to) - frame.x(from),
                                         height: tall, class: "bar"))
            }
            elements.append(SVG.line(frame.left, base, frame.right, base, class: "axis"))
            elements.append(SVG.text(labels[position], x: frame.left - 8, y: base - 4, anchor: "end", class: "bar-label"))
            elements.append(SVG.text(statistics[position], x: frame.right + 8, y: base - 4, class: "bar-value"))
        }
        elements += frame.xAxis(axis)
        return FigureDrawing(width: Self.width, height: height, elements: elements)
    }
}
