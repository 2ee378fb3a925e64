/// A line plot of one or more named series, drawn in text with a marker per series.
///
///     LinePlot(
///         title: "Loss per epoch",
///         series: [.init("training", trainLoss), .init("validation", validationLoss)],
///         xLabel: "epoch", yLabel: "loss",
///         verticalLines: [.init(at: 15, label: "best epoch")]
///     )
///
/// The y axis spans the data (or `yRange`), so the lowest point sits on the bottom row and
/// the highest on the top row; the x axis spans the x values, first point in the first
/// column, last in the last. Consecutive points are joined by straight runs of the series'
/// marker, so a curve reads as a curve. Where series cross, the one listed later is drawn on
/// top, and a data point always wins over the line between two points.
///
/// Points that cannot be drawn (NaN, ±∞, ≤ 0 on a log axis, outside a fixed `yRange`) break
/// the line and are counted in a note under the plot.
public struct LinePlot: Sendable {
    /// The line above the plot, if any.
    public let title: String?
    /// The curves, drawn in order: later ones on top.
    public let series: [Series]
    /// The name of the x axis, printed under it.
    public let xLabel: String?
    /// The name of the y axis, printed above it.
    public let yLabel: String?
    /// Linear or log x axis.
    public let xScale: AxisScale
    /// Linear or log y axis.
    public let yScale: AxisScale
    /// A fixed y range instead of the data's range; points outside it are not drawn.
    public let yRange: ClosedRange<Double>?
    /// Dashed vertical lines at chosen x values, such as the best epoch.
    public let verticalLines: [VerticalLine]
    /// The widest line of the figure, in columns.
    public let width: Int
    /// The rows of the plotting area (title, axes, legend and notes come on top).
    public let height: Int

    /// A plot of `series`; every line of its text fits in `width` columns.
    public init(
        title: String? = nil,
        series: [Series],
        xLabel: String? = nil,
        yLabel: String? = nil,
        xScale: AxisScale = .linear,
        yScale: AxisScale = .linear,
        yRange: ClosedRange<Double>? = nil,
        verticalLines: [VerticalLine] = [],
        width: Int = defaultFigureWidth,
        height: Int = 14
    ) {
        precondition(width >= 30, "a line plot needs a width of at least 30 columns, not \(width)")
        precondition(height >= 3, "a line plot needs a height of at least 3 rows, not \(height)")
        if let yRange {
            precondition(yRange.lowerBound.isFinite && yRange.upperBound.isFinite,
                         "a line plot's yRange must be finite, not \(yRange)")
            precondition(yScale == .linear || yRange.lowerBound > 0,
                         "a log-scale y axis starts above zero; yRange \(yRange) does not")
        }
        self.title = title
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.yRange = yRange
        self.verticalLines = verticalLines
        self.width = width
        self.height = height
    }

    /// The markers given to series that do not choose one, in order.
    public static let markers: [Character] = ["•", "×", "○", "+", "◆", "▲", "*", "#"]

    /// The characters of vertical lines, in order.
    static let lineCharacters: [Character] = ["┊", "╎", "│"]

    /// The marker that series number `index` is drawn with.
    func marker(ofSeries index: Int) -> Character {
        series[index].marker ?? LinePlot.markers[index % LinePlot.markers.count]
    }
}
