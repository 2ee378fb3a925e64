/// A histogram's data: its bins and counts, the axes, the summary line and notes.
public struct HistogramData: Codable, Sendable, Equatable {
    /// The line above the histogram, if any.
    public let title: String?
    /// The bin edges, one more than there are bins; empty when no value was finite.
    public let edges: [Double]
    /// How many values fell into each bin.
    public let counts: [Int]
    /// The axis of values under the bins; nil when no value was finite.
    public let x: FigureAxis?
    /// The axis of counts, from zero to the fullest bin; nil when no value was finite.
    public let y: FigureAxis?
    /// "1,000 values, mean 0.0123, std 0.987"; nil when no value was finite.
    public let summary: String?
    /// The values that were not counted, and why.
    public let notes: [String]
}

extension Histogram {
    /// The histogram's data, with axes of about seven value and five count ticks.
    public var data: FigureData {
        let values = binning.map { Axis(lower: $0.edges[0], upper: $0.edges[$0.edges.count - 1], scale: .linear) }
        let largest = Double(max(counts.max() ?? 0, 1))
        return .histogram(HistogramData(
            title: title,
            edges: edges,
            counts: counts,
            x: values.map { FigureAxis($0, label: nil, tickCount: 7) },
            y: binning.map { _ in FigureAxis(Axis(lower: 0, upper: largest, scale: .linear), label: "count", tickCount: 5) },
            summary: summaryLine,
            notes: notes
        ))
    }
}
