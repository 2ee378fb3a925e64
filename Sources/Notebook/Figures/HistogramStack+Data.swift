/// A stack of histograms' data: the shared bins, one row of counts per sample, and notes.
public struct HistogramStackData: Codable, Sendable, Equatable {
    /// One distribution of the stack.
    public struct Row: Codable, Sendable, Equatable {
        /// The row's name.
        public let label: String
        /// How many values fell into each shared bin.
        public let counts: [Int]
        /// The mean of the row's finite values; nil when there are none.
        public let mean: Double?
        /// Their population standard deviation; nil when there are none.
        public let standardDeviation: Double?
    }

    /// The line above the stack, if any.
    public let title: String?
    /// The shared bin edges, one more than there are bins; empty when no value was finite.
    public let edges: [Double]
    /// The axis of values under the bins; nil when no value was finite.
    public let x: FigureAxis?
    /// The rows, top to bottom.
    public let rows: [Row]
    /// The values that were not counted, and why.
    public let notes: [String]
}

extension HistogramStack {
    /// The stack's data, with an axis of about seven ticks.
    public var data: FigureData {
        .histogramStack(HistogramStackData(
            title: title,
            edges: edges,
            x: binning.map { FigureAxis(Axis(lower: $0.edges[0], upper: $0.edges[$0.edges.count - 1], scale: .linear),
                                        label: nil, tickCount: 7) },
            rows: rows.map { row in
                HistogramStackData.Row(label: row.label, counts: row.counts, mean: row.mean?.finiteOrNil,
                                       standardDeviation: row.standardDeviation?.finiteOrNil)
            },
            notes: notes
        ))
    }
}
