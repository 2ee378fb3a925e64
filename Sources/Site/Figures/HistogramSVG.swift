import Notebook

/// Draws a histogram as columns over an axis of values, counts on the left.
struct HistogramSVG {
    let data: HistogramData

    static let width = 440.0
    static let height = 230.0

    var drawing: FigureDrawing {
        guard let xAxis = data.x, let yAxis = data.y, data.edges.count == data.counts.count + 1
        else { return .empty("no finite values to draw") }
        let frame = PlotFrame(width: Self.width, height: Self.height, x: xAxis, y: yAxis)
        var elements = frame.grid(x: nil, y: yAxis)
        let base = frame.y(0)
        for (bin, count) in data.counts.enumerated() where count > 0 {
            guard let from = xAxis.fraction(of: data.edges[bin]), let to = xAxis.fraction(of: data.edges[bin + 1]),
                  let level = yAxis.fraction(of: Double(count)) else { continue }
            let top = min(frame.y(level), base - 1)
            elements.append(SVG.rect(x: frame.x(from), y: top, width: frame.x(to) - frame.x(from), height: base - top,
                                     class: "bar"))
        }
        elements += frame.xAxis(xAxis) + frame.yAxis(yAxis)
        return FigureDrawing(width: Self.width, height: Self.height, elements: elements)
    }
}
