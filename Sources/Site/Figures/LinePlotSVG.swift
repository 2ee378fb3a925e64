import Notebook

/// Draws a line plot: each series a line in its own colour and dash with a marker at some of
/// its points, vertical marker lines labelled at the top, axes with their ticks.
struct LinePlotSVG {
    let data: LinePlotData

    static let width = 440.0
    static let height = 260.0
    /// Points drawn beyond the plot's top or bottom edge are cut off this far out.
    private static let overshoot = 4.0

    var drawing: FigureDrawing {
        guard let xAxis = data.x, let yAxis = data.y else { return .empty("no finite values to draw") }
        let frame = PlotFrame(width: Self.width, height: Self.height, x: xAxis, y: yAxis)
        var elements = frame.grid(x: xAxis, y: yAxis)
        var legend: [FigureDrawing.LegendEntry] = []
        var lineLegend: [FigureDrawing.LegendEntry] = []

        for (index, line) in data.verticalLines.enumerated() {
            guard let fraction = xAxis.fraction(of: line.x) else { continue }
            let x = frame.x(fraction)
            elements.append(SVG.path("M\(SVG.number(x)) \(SVG.number(frame.top))V\(SVG.number(frame.bottom))",
                                     class: "vertical-line", dash: SeriesStyle.verticalLineDash(index)))
            let label = "\(line.label) at \(readable(line.x))"
            let rightSide = x + 4 + SVG.width(of: label, fontSize: PlotFrame.fontSize) <= frame.right
            elements.append(SVG.text(label, x: rightSide ? x + 4 : x - 4,
                                     y: frame.top + PlotFrame.fontSize + 2 + Double(index) * (PlotFrame.fontSize + 3),
                                     anchor: rightSide ? "start" : "end", class: "marker-label"))
            lineLegend.append(.init(swatch: SeriesStyle.verticalLineSwatch(index), label: label))
        }

        for (index, series) in data.series.enumerated() {
            let style = SeriesStyle(index: index)
            let points: [(x: Double, y: Double)?] = zip(series.x, series.y).map { x, y in
                guard let x, let y, let fx = xAxis.fraction(of: x), let fy = yAxis.fraction(of: y) else { return nil }
                return (frame.x(fx), frame.y(fy))
            }
            let path = clippedPath(Self.thinned(points), top: frame.top - Self.overshoot, bottom: frame.bottom + Self.overshoot)
            if !path.isEmpty { elements.append(SVG.path(path, class: "line \(style.colourClass)", dash: style.dash)) }
            let markers = Self.markedIndices(count: points.count, series: index, of: data.series.count).compactMap { position in
                points[position].flatMap { point in
                    point.y >= frame.top - 0.5 && point.y <= frame.bottom + 0.5 ? style.marker(x: point.x, y: point.y) : nil
                }
            }
            if !markers.isEmpty { elements.append(SVG.path(markers.joined(), class: "marker \(style.colourClass)")) }
            if !series.name.isEmpty { legend.append(.init(swatch: style.swatch, label: series.name)) }
        }
        elements += frame.xAxis(xAxis) + frame.yAxis(yAxis)
        return FigureDrawing(width: Self.width, height: Self.height, elements: elements, legend: legend + lineLegend)
    }

    /// Which points get a marker: every one of a short series; about a dozen of a long one,
    /// spaced evenly and shifted from series to series so that markers of curves lying on
    /// top of each other stay apart.
    static func markedIndices(count: Int, series: Int, of seriesCount: Int) -> [Int] {
        guard count > 24 else { return Array(0..<count) }
        let step = (count + 11) / 12
        let offset = series * step / max(seriesCount, 1)
        return Array(stride(from: offset, to: count, by: step))
    }

    /// The points of a long series reduced to what one unit of width can show: in each
    /// column, the first, lowest, highest and last point, in their order. A series of ten
    /// thousand steps keeps its shape, spikes included, in a path of a few hundred points.
    static func thinned(_ points: [(x: Double, y: Double)?]) -> [(x: Double, y: Double)?] {
        guard points.count > 1000 else { return points }
        var kept: [(x: Double, y: Double)?] = []
        var column: [(x: Double, y: Double)] = []
        func flush() {
            guard let first = column.first, let last = column.last,
                  let low = column.indices.min(by: { column[$0].y < column[$1].y }),
                  let high = column.indices.max(by: { column[$0].y < column[$1].y }) else { return }
            kept.append(first)
            for index in Set([low, high]).sorted() where index != 0 && index != column.count - 1 { kept.append(column[index]) }
            if column.count > 1 { kept.append(last) }
            column = []
        }
        for point in points {
            guard let point else {
                flush()
                kept.append(nil)
                continue
            }
            if let first = column.first, first.x.rounded(.down) != point.x.rounded(.down) { flush() }
            column.append(point)
        }
        flush()
        return kept
    }

    /// Path commands through the points, each segment cut to the band between `top` and
    /// `bottom`, so that a point far outside a fixed y range costs no more than one inside it.
    private func clippedPath(_ points: [(x: Double, y: Double)?], top: Double, bottom: Double) -> String {
        var commands: [String] = []
        var penAt: (x: Double, y: Double)?
        func move(_ point: (x: Double, y: Double)) { commands.append("M\(SVG.number(point.x)) \(SVG.number(point.y))") }
        func draw(_ point: (x: Double, y: Double)) { commands.append("L\(SVG.number(point.x)) \(SVG.number(point.y))") }
        if points.count == 1, let only = points[0], only.y >= top, only.y <= bottom {
            move(only)
            draw(only)
        }
        for (start, end) in zip(points, points.dropFirst()) {
            guard let start, let end else {
                penAt = nil
                continue
            }
            var (enter, leave) = (0.0, 1.0)
            let rise = end.y - start.y
            if rise == 0 {
                guard start.y >= top, start.y <= bottom else { penAt = nil; continue }
            } else {
                let (atTop, atBottom) = ((top - start.y) / rise, (bottom - start.y) / rise)
                enter = max(enter, min(atTop, atBottom))
                leave = min(leave, max(atTop, atBottom))
                guard enter <= leave else { penAt = nil; continue }
            }
            let from = (x: start.x + (end.x - start.x) * enter, y: start.y + rise * enter)
            let to = (x: start.x + (end.x - start.x) * leave, y: start.y + rise * leave)
            if let pen = penAt, pen.x == from.x, pen.y == from.y {
                draw(to)
            } else {
                move(from)
                draw(to)
            }
            penAt = leave == 1 ? to : nil
        }
        return commands.joined()
    }
}
