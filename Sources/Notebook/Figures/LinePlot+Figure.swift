extension LinePlot: Figure {
    /// "line-plot".
    public var kind: String { "line-plot" }

    /// The plot as text: title, y label, the plotting area with y ticks on its left, the x
    /// axis with its ticks and label, the legend, and notes on anything left out.
    public var text: String {
        var notes = lengthNotes()
        let points = series.map { series in zip(series.x, series.y).map { Point(x: $0, y: $1) } }
        let all = points.flatMap { $0 }
        let finite = all.filter { $0.x.isFinite && $0.y.isFinite }
        let placeable = finite.filter { Axis.hasPlace($0.x, on: xScale) && Axis.hasPlace($0.y, on: yScale) }
        if finite.count < all.count {
            notes.append("\(counted(all.count - finite.count, "point")) with NaN or infinite values not drawn")
        }
        if placeable.count < finite.count {
            notes.append("\(counted(finite.count - placeable.count, "point")) ≤ 0 not drawn: a log axis has no place for them")
        }

        var lines: [String] = []
        guard let xAxis = Axis(fitting: placeable.map(\.x), scale: xScale),
              let yAxis = yRange.map({ Axis(lower: $0.lowerBound, upper: $0.upperBound, scale: yScale) })
                ?? Axis(fitting: placeable.map(\.y), scale: yScale)
        else {
            lines += TextLayout.titleLines(title, width: width)
            lines.append(noFiniteValuesNote)
            return TextLayout.joined(lines + notes.flatMap { TextLayout.wrapped("note: " + $0, width: width) })
        }
        let outside = placeable.filter { !yAxis.contains($0.y) }.count
        if outside > 0, let yRange {
            notes.append("\(counted(outside, "point")) outside the y range \(readable(yRange.lowerBound))…\(readable(yRange.upperBound)) not drawn")
        }

        // Y ticks decide the left margin, and the margin decides how wide the plotting area is.
        let tickLabels = tickLabelsByRow(on: yAxis)
        let margin = tickLabels.values.map(\.count).max() ?? 0
        let plotWidth = width - margin - 2
        let indent = String(repeating: " ", count: margin + 2)

        func cell(_ point: Point) -> (column: Double, row: Double)? {
            guard let fx = xAxis.fraction(of: point.x), let fy = yAxis.fraction(of: point.y) else { return nil }
            return (fx * Double(plotWidth - 1), (1 - fy) * Double(height - 1))
        }

        var grid = CharacterGrid(width: plotWidth, height: height)
        var legend = series.indices.filter { !series[$0].name.isEmpty }.map { index in
            "\(marker(ofSeries: index)) \(TextLayout.singleLine(series[index].name))"
        }
        for (index, line) in verticalLines.enumerated() {
            guard xAxis.contains(line.x), let fraction = xAxis.fraction(of: line.x) else {
                notes.append("the line “\(line.label)” at \(readable(line.x)) lies outside the x range")
                continue
            }
            let character = LinePlot.lineCharacters[index % LinePlot.lineCharacters.count]
            let column = Int((fraction * Double(plotWidth - 1)).rounded())
            for row in 0..<height { grid[row, column] = character }
            legend.append("\(character) \(TextLayout.singleLine(line.label)) at \(readable(line.x))")
        }
        // Lines first, points on top, so that a data point is never hidden by a line.
        for (index, seriesPoints) in points.enumerated() {
            for (start, end) in zip(seriesPoints, seriesPoints.dropFirst()) {
                guard let from = cell(start), let to = cell(end) else { continue }
                drawSegment(from: from, to: to, with: marker(ofSeries: index), on: &grid)
            }
        }
        for (index, seriesPoints) in points.enumerated() {
            for point in seriesPoints {
                guard let position = cell(point) else { continue }
                grid[Int(position.row.rounded()), Int(position.column.rounded())] = marker(ofSeries: index)
            }
        }

        if let title = title.map(TextLayout.singleLine) {
            // Centred over the plotting area when it fits there, else from the first column.
            lines += title.count <= plotWidth
                ? [indent + TextLayout.centered(title, in: plotWidth)]
                : TextLayout.titleLines(title, width: width)
        }
        lines += TextLayout.titleLines(yLabel, width: width)
        for (row, content) in grid.rows.enumerated() {
            let label = TextLayout.rightAligned(tickLabels[row] ?? "", to: margin)
            lines.append(label + " " + (tickLabels[row] == nil ? "│" : "┤") + content)
        }
        let marks = xAxis.ticks(approximately: plotWidth / 12).compactMap { tick in
            xAxis.fraction(of: tick.value).map {
                AxisRuler.Mark(cell: Int(($0 * Double(plotWidth - 1)).rounded()), label: tick.label)
            }
        }
        lines += AxisRuler(origin: margin + 2, length: plotWidth, lineWidth: width).lines(marks: marks, corner: "└")
        if let xLabel = xLabel.map(TextLayout.singleLine) {
            lines.append(indent + TextLayout.centered(TextLayout.truncated(xLabel, to: plotWidth), in: plotWidth))
        }
        lines += TextLayout.flowed(legend, width: width - indent.count).map { indent + $0 }
        lines += notes.flatMap { TextLayout.wrapped("note: " + $0, width: width) }
        return TextLayout.joined(lines)
    }

    private struct Point {
        let x: Double
        let y: Double
    }

    /// The label of each row that has a y tick; rows count from 0 at the top.
    private func tickLabelsByRow(on yAxis: Axis) -> [Int: String] {
        var labels: [Int: String] = [:]
        for tick in yAxis.ticks(approximately: (height + 2) / 3) {
            guard let fraction = yAxis.fraction(of: tick.value) else { continue }
            let row = Int(((1 - fraction) * Double(height - 1)).rounded())
            if labels[row] == nil { labels[row] = tick.label }
        }
        return labels
    }

    /// Notes for series whose x and y arrays differ in length (the extra values are ignored).
    private func lengthNotes() -> [String] {
        series.filter { $0.x.count != $0.y.count }.map { series in
            "series “\(series.name)” has \(series.x.count) x values and \(series.y.count) y values; the extra ones are not drawn"
        }
    }

    /// Marks every cell on the straight line between two cell positions, stepping one cell
    /// at a time along the longer direction. The part above or below the grid is cut off
    /// first, so a point far outside a fixed y range costs no more than one inside it.
    private func drawSegment(
        from start: (column: Double, row: Double),
        to end: (column: Double, row: Double),
        with marker: Character,
        on grid: inout CharacterGrid
    ) {
        let rise = end.row - start.row
        let top = -0.5, bottom = Double(grid.height) - 0.5
        var (enter, leave) = (0.0, 1.0)
        if rise == 0 {
            guard start.row >= top && start.row <= bottom else { return }
        } else {
            let (atTop, atBottom) = ((top - start.row) / rise, (bottom - start.row) / rise)
            enter = max(enter, min(atTop, atBottom))
            leave = min(leave, max(atTop, atBottom))
            guard enter <= leave else { return }
        }
        func position(_ t: Double) -> (column: Double, row: Double) {
            (start.column + (end.column - start.column) * t, start.row + rise * t)
        }
        let (first, last) = (position(enter), position(leave))
        let steps = Int(max(abs(last.column - first.column), abs(last.row - first.row)).rounded(.up))
        for step in 0...steps {
            let t = steps == 0 ? 0 : Double(step) / Double(steps)
            let column = first.column + (last.column - first.column) * t
            let row = first.row + (last.row - first.row) * t
            grid[Int(row.rounded()), Int(column.rounded())] = marker
        }
    }
}
