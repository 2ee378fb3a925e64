/// A figure as data, for renderers that draw it rather than print it (the site's SVG plots
/// and HTML tables): the numbers, names, axes with their ticks, and the notes on what could
/// not be drawn, with no layout in characters.
///
/// Values that cannot be drawn (NaN, ±∞) are stored as `nil`, so a record that holds them
/// is still valid JSON; the notes say how many there were.
public enum FigureData: Sendable, Equatable {
    /// The cells of a `Table`.
    case table(TableData)
    /// The series of a `LinePlot`.
    case linePlot(LinePlotData)
    /// The bars of a `BarChart`.
    case barChart(BarChartData)
    /// The bins of a `Histogram`.
    case histogram(HistogramData)
    /// The rows of a `HistogramStack`.
    case histogramStack(HistogramStackData)
    /// The frames of an `Explorable`.
    case explorable(ExplorableData)
}

/// An axis of a drawn figure: the range it spans, how values map onto it, and round ticks.
public struct FigureAxis: Codable, Sendable, Equatable {
    /// The axis's name (`epoch`, `loss`), if it has one.
    public let label: String?
    /// Linear or logarithmic.
    public let scale: AxisScale
    /// The value at the start of the axis.
    public let lower: Double
    /// The value at the end of the axis.
    public let upper: Double
    /// Round values inside the range, with their printed labels.
    public let ticks: [FigureTick]

    /// The axis spanning `axis`, with about `tickCount` ticks.
    init(_ axis: Axis, label: String?, tickCount: Int) {
        self.label = label
        scale = axis.scale
        lower = axis.lower
        upper = axis.upper
        ticks = axis.ticks(approximately: tickCount).map { FigureTick(value: $0.value, label: $0.label) }
    }

    /// Where `value` sits: 0 at `lower`, 1 at `upper`, outside 0…1 beyond them; nil when it
    /// has no place on the axis (not finite, or ≤ 0 on a log scale).
    public func fraction(of value: Double) -> Double? {
        Axis(lower: lower, upper: upper, scale: scale).fraction(of: value)
    }
}

/// A round value on an axis and its label.
public struct FigureTick: Codable, Sendable, Equatable {
    /// Where the tick stands.
    public let value: Double
    /// How it is printed: "0.5", "1e-6".
    public let label: String
}

extension Double {
    /// The value when it is finite, else nil: how figure data stores what cannot be drawn.
    var finiteOrNil: Double? { isFinite ? self : nil }
}
