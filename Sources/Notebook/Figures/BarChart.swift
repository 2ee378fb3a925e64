/// Horizontal bars, one labelled value per row, with the value printed at the bar's end:
/// gradient norm per layer, parameter counts, scores per setting.
///
///     BarChart(title: "Gradient norm per layer", labels: names, values: norms, scale: .log)
///
/// On a linear scale bars start at zero (negative values grow to the left of it). On a log
/// scale a bar's length is proportional to log10 of its value, measured from the power of
/// ten just below the smallest value, so values from 1e-9 to 0.1 all get a visible bar.
/// A value without a bar (NaN, ±∞, ≤ 0 on a log scale) still prints, and a note says why.
public struct BarChart: Sendable {
    /// One row of the chart.
    public struct Bar: Sendable, Hashable {
        /// The name printed left of the bar.
        public let label: String
        /// The value that sets the bar's length.
        public let value: Double
        /// The value as printed after the bar.
        public let valueText: String

        /// A bar for a measured value, printed with `readable`.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
            valueText = readable(value)
        }

        /// A bar for a count, printed in full ("1,234,567").
        public init(label: String, count: Int) {
            self.label = label
            value = Double(count)
            valueText = readable(count)
        }
    }

    /// The line above the chart, if any.
    public let title: String?
    /// The bars, top to bottom.
    public let bars: [Bar]
    /// Linear bars from zero, or bars by order of magnitude.
    public let scale: AxisScale
    /// The widest line of the figure, in columns.
    public let width: Int
    /// How many labels and values had no partner (arrays of different lengths).
    let unpaired: Int

    /// A chart of the given bars.
    public init(title: String? = nil, bars: [Bar], scale: AxisScale = .linear, width: Int = defaultFigureWidth) {
        self.init(title: title, bars: bars, scale: scale, width: width, unpaired: 0)
    }

    /// A chart with a bar per label; a label or value without a partner is left out, with a note.
    public init<Value: BinaryFloatingPoint>(
        title: String? = nil, labels: [String], values: [Value],
        scale: AxisScale = .linear, width: Int = defaultFigureWidth
    ) {
        self.init(title: title, bars: zip(labels, values).map { Bar(label: $0, value: Double($1)) },
                  scale: scale, width: width, unpaired: abs(labels.count - values.count))
    }

    /// A chart of counts with a bar per label, counts printed in full.
    public init<Value: BinaryInteger>(
        title: String? = nil, labels: [String], values: [Value],
        scale: AxisScale = .linear, width: Int = defaultFigureWidth
    ) {
        self.init(title: title, bars: zip(labels, values).map { Bar(label: $0, count: Int(clamping: $1)) },
                  scale: scale, width: width, unpaired: abs(labels.count - values.count))
    }

    private init(title: String?, bars: [Bar], scale: AxisScale, width: Int, unpaired: Int) {
        precondition(width >= 30, "a bar chart needs a width of at least 30 columns, not \(width)")
        self.title = title
        self.bars = bars
        self.scale = scale
        self.width = width
        self.unpaired = unpaired
    }
}
