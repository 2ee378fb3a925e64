/// Count, mean and standard deviation of the finite values of a sample.
struct SampleSummary: Equatable {
    let count: Int
    let mean: Double
    /// The population standard deviation, sqrt(Σ(x − mean)² / n).
    let standardDeviation: Double

    /// The summary of the finite values, or nil when there are none.
    init?(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return nil }
        let mean = finite.reduce(0, +) / Double(finite.count)
        let squares = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        count = finite.count
        self.mean = mean
        standardDeviation = (squares / Double(finite.count)).squareRoot()
    }
}
