/// A line plot's data: its series, axes, vertical lines and notes.
public struct LinePlotData: Codable, Sendable, Equatable {
    /// One named curve; a nil coordinate (NaN or ±∞ in the lesson) breaks the curve.
    public struct Series: Codable, Sendable, Equatable {
        /// The name the legend shows; empty for a series left out of the legend.
        public let name: String
        /// The x values, one per point.
        public let x: [Double?]
        /// The y values, one per point.
        public let y: [Double?]
    }

    /// A vertical line across the plot at one x value, such as the best epoch.
    public struct VerticalLine: Codable, Sendable, Equatable {
        /// Where the line stands.
        public let x: Double
        /// What it marks.
        public let label: String
    }

    /// The line above the plot, if any.
    public let title: String?
    /// The x axis; nil when no point can be drawn.
    public let x: FigureAxis?
    /// The y axis (the fixed `yRange` when the plot has one); nil when no point can be drawn.
    public let y: FigureAxis?
    /// The curves in drawing order, later ones on top.
    public let series: [Series]
    /// The vertical lines that lie inside the x range.
    public let verticalLines: [VerticalLine]
    /// What was left out of the drawing and why.
    public let notes: [String]
}

extension LinePlot {
    /// The plot's data, with axes of about seven x and five y ticks.
    public var data: FigureData {
        let analysis = Analysis(self)
        return .linePlot(LinePlotData(
            title: title,
            x: analysis.axes.map { FigureAxis($0.x, label: xLabel, tickCount: 7) },
            y: analysis.axes.map { FigureAxis($0.y, label: yLabel, tickCount: 5) },
            series: zip(series, analysis.points).map { series, points in
                LinePlotData.Series(name: series.name, x: points.map(\.x.finiteOrNil), y: points.map(\.y.finiteOrNil))
            },
            verticalLines: analysis.lines.map { LinePlotData.VerticalLine(x: $0.line.x, label: $0.line.label) },
            notes: analysis.notes
        ))
    }
}
