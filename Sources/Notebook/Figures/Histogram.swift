/// A histogram: how many values fall into each of a row of equal-width bins.
///
///     Histogram(title: "Weights after training", values: weights, bins: 20)
///
/// Without a `range` the bins cover the data with round edges (…, -0.5, 0, 0.5, …), so
/// `bins` is a target and the count may differ by a few; with a `range` there are exactly
/// `bins` bins and values outside it are counted in a note. Bins are `[lower, upper)`, the
/// last one `[lower, upper]`. NaN and infinite values are never binned, only counted.
public struct Histogram: Sendable {
    /// Bars that grow to the right, one row per bin, or bars that grow upwards.
    public enum Orientation: Sendable, Hashable {
        /// One row per bin: "[lower, upper)  bar  count". Exact edges and counts.
        case horizontal
        /// Columns over an x axis of bin edges, counts on the y axis: the familiar shape.
        case vertical
    }

    /// The line above the histogram, if any.
    public let title: String?
    /// The bins and their counts; nil when no value was finite.
    let binning: Binning?
    /// The bin edges, one more than there are bins; empty when no value was finite.
    public var edges: [Double] { binning?.edges ?? [] }
    /// How many values fell into each bin.
    public var counts: [Int] { binning?.counts ?? [] }
    /// How many finite values fell outside a given `range`.
    public var outside: Int { binning?.outside ?? 0 }
    /// How many values were NaN or infinite.
    public let nonFinite: Int
    /// The mean of the finite values, nil when there are none.
    public let mean: Double?
    /// The population standard deviation of the finite values, nil when there are none.
    public let standardDeviation: Double?
    /// Which way the bars grow.
    public let orientation: Orientation
    /// The widest line of the figure, in columns.
    public let width: Int
    /// The rows of the plotting area of a vertical histogram.
    public let height: Int

    /// A histogram of `values` in about `bins` bins (exactly `bins` when `range` is given).
    /// A vertical histogram has at most one bin per column of its width.
    public init<Value: BinaryFloatingPoint>(
        title: String? = nil,
        values: [Value],
        bins: Int = 20,
        range: ClosedRange<Double>? = nil,
        orientation: Orientation = .horizontal,
        width: Int = defaultFigureWidth,
        height: Int = 12
    ) {
        precondition(bins >= 1, "a histogram needs at least 1 bin, not \(bins)")
        precondition(width >= 30, "a histogram needs a width of at least 30 columns, not \(width)")
        precondition(height >= 3, "a histogram needs a height of at least 3 rows, not \(height)")
        if let range {
            precondition(range.lowerBound.isFinite && range.upperBound.isFinite
                         && range.lowerBound < range.upperBound,
                         "a histogram's range must be finite and wider than a point, not \(range)")
        }
        let numbers = values.map { Double($0) }
        // A vertical histogram keeps at least one column per bin beside its count labels.
        let limit = orientation == .vertical ? width - 12 : Int.max
        let binning = range.map { Binning.across($0, bins: min(bins, limit), values: numbers) }
            ?? Binning.covering(numbers, approximately: min(bins, limit), atMost: limit)
        let summary = SampleSummary(numbers)
        self.title = title
        self.binning = binning
        nonFinite = numbers.count - (summary?.count ?? 0)
        mean = summary?.mean
        standardDeviation = summary?.standardDeviation
        self.orientation = orientation
        self.width = width
        self.height = height
    }

    /// "1,000 values, mean 0.0123, std 0.987": the line under the bars.
    var summaryLine: String? {
        guard let mean, let standardDeviation else { return nil }
        let count = counts.reduce(0, +) + outside
        return "\(counted(count, "value")), mean \(readable(mean)), std \(readable(standardDeviation))"
    }
}
