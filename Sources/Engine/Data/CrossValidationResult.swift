import Foundation

/// The scores of k-fold cross-validation and their summary.
///
/// With scores `s_1 … s_k`: mean `m = (1/k) Σ s_i`, and the sample standard deviation
/// `sd = √(Σ (s_i − m)² / (k − 1))`, the spread one would expect between two single splits.
public struct CrossValidationResult: Sendable, Equatable {
    /// One score per fold, in fold order.
    public let foldScores: [Double]

    /// Creates a result from one score per fold.
    public init(foldScores: [Double]) {
        precondition(!foldScores.isEmpty, "a cross-validation result needs at least one fold score")
        self.foldScores = foldScores
    }

    /// The mean fold score, `m`.
    public var mean: Double { foldScores.reduce(0, +) / Double(foldScores.count) }

    /// The sample standard deviation of the fold scores (0 for a single fold).
    public var standardDeviation: Double {
        guard foldScores.count > 1 else { return 0 }
        let m = mean
        let squares = foldScores.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        return (squares / Double(foldScores.count - 1)).squareRoot()
    }
}

extension CrossValidationResult: CustomStringConvertible {
    /// For example `5-fold cross-validation: 0.951 ± 0.012 (folds: 0.944, 0.961, 0.936, 0.958, 0.956)`.
    public var description: String {
        func format(_ value: Double) -> String { String(format: "%.3f", value) }
        return "\(foldScores.count)-fold cross-validation: \(format(mean)) ± \(format(standardDeviation))"
            + " (folds: \(foldScores.map(format).joined(separator: ", ")))"
    }
}
