extension LinePlot {
    /// What the text and the data of a plot both start from: the points, the axes that span
    /// the drawable ones, the vertical lines inside the x range, and notes on the rest.
    struct Analysis {
        /// One point of a series.
        struct Point {
            let x: Double
            let y: Double
        }

        /// Each series' points, extra values of the longer array dropped.
        let points: [[Point]]
        /// The axes, or nil when no point can be drawn.
        let axes: (x: Axis, y: Axis)?
        /// The vertical lines inside the x range, with their position in `verticalLines`.
        let lines: [(index: Int, line: VerticalLine)]
        /// What was left out and why, in the order the text prints it.
        let notes: [String]

        init(_ plot: LinePlot) {
            var notes = plot.series.filter { $0.x.count != $0.y.count }.map { series in
                "series “\(series.name)” has \(series.x.count) x values and \(series.y.count) y values; the extra ones are not drawn"
            }
            points = plot.series.map { series in zip(series.x, series.y).map { Point(x: $0, y: $1) } }
            let all = points.flatMap { $0 }
            let finite = all.filter { $0.x.isFinite && $0.y.isFinite }
            let placeable = finite.filter {
                Axis.hasPlace($0.x, on: plot.xScale) && Axis.hasPlace($0.y, on: plot.yScale)
            }
            if finite.count < all.count {
                notes.append("\(counted(all.count - finite.count, "point")) with NaN or infinite values not drawn")
            }
            if placeable.count < finite.count {
                notes.append("\(counted(finite.count - placeable.count, "point")) ≤ 0 not drawn: a log axis has no place for them")
            }
            guard let xAxis = Axis(fitting: placeable.map(\.x), scale: plot.xScale),
                  let yAxis = plot.yRange.map({ Axis(lower: $0.lowerBound, upper: $0.upperBound, scale: plot.yScale) })
                    ?? Axis(fitting: placeable.map(\.y), scale: plot.yScale)
            else {
                axes = nil
                lines = []
                self.notes = notes
                return
            }
            let outside = placeable.filter { !yAxis.contains($0.y) }.count
            if outside > 0, let yRange = plot.yRange {
                notes.append("\(counted(outside, "point")) outside the y range \(readable(yRange.lowerBound))…\(readable(yRange.upperBound)) not drawn")
            }
            var lines: [(index: Int, line: VerticalLine)] = []
            for (index, line) in plot.verticalLines.enumerated() {
                if xAxis.contains(line.x) {
                    lines.append((index, line))
                } else {
                    notes.append("the line “\(line.label)” at \(readable(line.x)) lies outside the x range")
                }
            }
            axes = (xAxis, yAxis)
            self.lines = lines
            self.notes = notes
        }
    }
}
