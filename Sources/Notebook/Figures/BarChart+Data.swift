/// A bar chart's data: its bars, the axis along them, and notes.
public struct BarChartData: Codable, Sendable, Equatable {
    /// One row of the chart.
    public struct Bar: Codable, Sendable, Equatable {
        /// The bar's name.
        public let label: String
        /// The value that sets the bar's length; nil when it was NaN or ±∞.
        public let value: Double?
        /// The value as printed beside the bar ("NaN", "1.2e-5", "1,234").
        public let valueText: String
    }

    /// The line above the chart, if any.
    public let title: String?
    /// The axis along the bars; nil when no value can have a bar.
    public let axis: FigureAxis?
    /// The value every bar grows from: zero on a linear scale, the axis's start on a log scale.
    public let origin: Double?
    /// The bars, top to bottom.
    public let bars: [Bar]
    /// What was left out and why.
    public let notes: [String]
}

extension BarChart {
    /// The chart's data, with an axis of about six ticks.
    public var data: FigureData {
        let layout = BarLayout(values: bars.map(\.value), scale: scale, cells: 1)
        return .barChart(BarChartData(
            title: title,
            axis: layout.map { FigureAxis($0.axis, label: nil, tickCount: 6) },
            origin: layout.map { scale == .linear ? 0 : $0.axis.lower },
            bars: bars.map { BarChartData.Bar(label: $0.label, value: $0.value.finiteOrNil, valueText: $0.valueText) },
            notes: notes
        ))
    }
}
