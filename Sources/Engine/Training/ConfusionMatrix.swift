/// Counts of (true class, predicted class) pairs: which classes a classifier mixes up.
public struct ConfusionMatrix: Sendable, Equatable {
    /// `counts[t][p]`: how many examples of true class t were predicted as class p.
    public let counts: [[Int]]

    /// The matrix of `predicted` against true `labels`, over classes `0..<classes`.
    public init(predicted: [Int], labels: [Int], classes: Int) {
        precondition(predicted.count == labels.count, "\(predicted.count) predictions but \(labels.count) labels")
        precondition(classes > 0, "a confusion matrix needs at least one class")
        var counts = Array(repeating: Array(repeating: 0, count: classes), count: classes)
        for (p, t) in zip(predicted, labels) {
            precondition((0..<classes).contains(p) && (0..<classes).contains(t),
                         "classes must be in 0..<\(classes), got prediction \(p) for label \(t)")
            counts[t][p] += 1
        }
        self.counts = counts
    }

    /// The matrix of `model`'s predictions on `dataset` (classes: one more than the largest label, by default).
    public init(model: any Layer, on dataset: Dataset, classes: Int? = nil) {
        self.init(predicted: predictions(of: model, on: dataset), labels: dataset.labels,
                  classes: classes ?? ((dataset.labels.max() ?? 0) + 1))
    }

    /// The share of examples on the diagonal.
    public var accuracy: Double {
        let total = counts.joined().reduce(0, +)
        return total == 0 ? .nan : Double(counts.indices.map { counts[$0][$0] }.reduce(0, +)) / Double(total)
    }

    /// For each true class, the share of its examples predicted correctly (recall).
    public var recallPerClass: [Double] {
        counts.indices.map { t in
            let total = counts[t].reduce(0, +)
            return total == 0 ? .nan : Double(counts[t][t]) / Double(total)
        }
    }
}
