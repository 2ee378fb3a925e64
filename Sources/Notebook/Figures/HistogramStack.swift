/// Several histograms over the same bins, one compact row each, for comparing
/// distributions side by side (activations per layer, weights before and after training).
///
///     HistogramStack(title: "tanh activations per layer", [
///         ("layer 1", activations[0]), ("layer 2", activations[1]),
///     ], range: -1...1)
///
/// Each row is a strip of block characters, one level per bin, followed by the row's mean
/// and standard deviation. Every row is scaled to its own fullest bin, so the strips compare
/// shapes, not sample sizes. An axis of bin edges runs under the last row.
public struct HistogramStack: Sendable {
    /// One distribution of the stack.
    public struct Row: Sendable {
        /// The name printed left of the strip.
        public let label: String
        /// How many values fell into each of the stack's bins.
        public let counts: [Int]
        /// How many finite values fell outside the stack's bins.
        public let outside: Int
        /// How many values were NaN or infinite.
        public let nonFinite: Int
        /// The mean of the finite values, nil when there are none.
        public let mean: Double?
        /// The population standard deviation of the finite values, nil when there are none.
        public let standardDeviation: Double?
    }

    /// The line above the stack, if any.
    public let title: String?
    /// The bins and their counts per row; nil when no value of any row was finite.
    let binning: Binning?
    /// The rows, top to bottom.
    public let rows: [Row]
    /// The widest line of the figure, in columns.
    public let width: Int

    /// The shared bin edges, one more than there are bins; empty when no value was finite.
    public var edges: [Double] { binning?.edges ?? [] }

    /// A row per sample, all binned alike: exactly `bins` bins across `range`, or about
    /// `bins` round bins covering every row's values. Bins are limited to what fits in `width`.
    public init<Value: BinaryFloatingPoint>(
        title: String? = nil,
        _ samples: [(label: String, values: [Value])],
        bins: Int = 24,
        range: ClosedRange<Double>? = nil,
        width: Int = defaultFigureWidth
    ) {
        precondition(bins >= 1, "a histogram stack needs at least 1 bin, not \(bins)")
        precondition(width >= 40, "a histogram stack needs a width of at least 40 columns, not \(width)")
        if let range {
            precondition(range.lowerBound.isFinite && range.upperBound.isFinite
                         && range.lowerBound < range.upperBound,
                         "a histogram stack's range must be finite and wider than a point, not \(range)")
        }
        let numbers = samples.map { $0.values.map { Double($0) } }
        let summaries = numbers.map(SampleSummary.init)
        let limit = max(1, width - HistogramStack.labelWidth(samples.map(\.label), width: width)
                         - HistogramStack.statisticsWidth(summaries) - 4)
        let shared = range.map { Binning.across($0, bins: min(bins, limit), values: []) }
            ?? Binning.covering(numbers.flatMap { $0 }, approximately: min(bins, limit), atMost: limit)
        self.title = title
        binning = shared
        rows = zip(samples, zip(numbers, summaries)).map { sample, measured in
            let (values, summary) = measured
            let counted = shared?.counting(values)
            return Row(label: sample.label,
                       counts: counted?.counts ?? [],
                       outside: counted?.outside ?? 0,
                       nonFinite: values.count - (summary?.count ?? 0),
                       mean: summary?.mean,
                       standardDeviation: summary?.standardDeviation)
        }
        self.width = width
    }

    /// Labels take their longest length, but at most a quarter of the width.
    static func labelWidth(_ labels: [String], width: Int) -> Int {
        min(labels.map(\.count).max() ?? 0, width / 4)
    }

    /// "mean -0.0123  std 0.987" with the numbers right-aligned across rows.
    static func statisticsWidth(_ summaries: [SampleSummary?]) -> Int {
        let means = summaries.map { $0.map { readable($0.mean) } ?? "–" }
        let deviations = summaries.map { $0.map { readable($0.standardDeviation) } ?? "–" }
        return "mean ".count + (means.map(\.count).max() ?? 1) + "  std ".count + (deviations.map(\.count).max() ?? 1)
    }
}
