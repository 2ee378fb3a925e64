extension LinePlot: Figure {
    /// "line-plot".
    public var kind: String { "line-plot" }

    /// The plot as text: title, y label, the plotting area with y ticks on its left, the x
    /// axis with its ticks and label, the legend, and notes on anything left out.
    public var text: String {
        let analysis = Analysis(self)
        let notes = analysis.notes.flatMap { TextLayout.wrapped("note: " + $0, width: width) }
        var lines: [String] = []
        guard let (xAxis, yAxis) = analysis.axes else {
            lines += TextLayout.titleLines(title, width: width)
            lines.append(noFiniteValuesNote)
            return TextLayout.joined(lines + notes)
        }

        // Y ticks decide the left margin, and the margin decides how wide the plotting area is.
        let tickLabels = tickLabelsByRow(on: yAxis)
        let margin = tickLabels.values.map(\.count).max() ?? 0
        let plotWidth = width - margin - 2
        let indent = String(repeating: " ", count: margin + 2)

        func cell(_ point: Analysis.Point) -> (column: Double, row: Double)? {
            guard let fx = xAxis.fraction(of: point.x), let fy = yAxis.fraction(of: point.y) else { return nil }
            return (fx * Double(plotWidth - 1), (1 - fy) * Double(height - 1))
        }

        var grid = CharacterGrid(width: plotWidth, height: height)
        var legend = series.indices.filter { !series[$0].name.isEmpty }.map { index in
            "\(marker(ofSeries: index)) \(TextLayout.singleLine(series[index].name))"
        }
        for (index, line) in analysis.lines {
            let character = LinePlot.lineCharacters[index % LinePlot.lineCharacters.count]
            let column = Int(((xAxis.fraction(of: line.x) ?? 0) * Double(plotWidth - 1)).rounded())
            for row in 0..<height { grid[row, column] = character }
            legend.append("\(character) \(TextLayout.singleLine(line.label)) at \(readable(line.x))")
        }
        // Lines first, points on top, so that a data point is never hidden by a line.
        for (index, seriesPoints) in analysis.points.enumerated() {
            for (start, end) in zip(seriesPoints, seriesPoints.dropFirst()) {
                guard let from = cell(start), let to = cell(end) else { continue }
                drawSegment(from: from, to: to, with: marker(ofSeries: index), on: &grid)
            }
        }
        for (index, seriesPoints) in analysis.points.enumerated() {
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
        return TextLayout.joined(lines + notes)
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
