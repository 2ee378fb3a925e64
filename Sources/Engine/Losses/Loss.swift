/// Which loss a training run minimizes, and how its outputs are scored.
public enum Loss: Sendable, Equatable {
    /// `meanSquaredError` against the batch's `targets` (regression).
    case meanSquaredError
    /// `crossEntropy` of logits `[B, C]` against the batch's class `labels`.
    case crossEntropy
    /// `binaryCrossEntropy` of logits `[B, 1]` against targets, or against labels 0 and 1.
    case binaryCrossEntropy

    /// A readable name: "cross-entropy".
    public var name: String {
        switch self {
        case .meanSquaredError: "mean squared error"
        case .crossEntropy: "cross-entropy"
        case .binaryCrossEntropy: "binary cross-entropy"
        }
    }

    /// The loss of `output` (the model's output for `batch.inputs`) on `batch`.
    public func callAsFunction(_ output: Tensor, for batch: Batch) -> Tensor {
        switch self {
        case .meanSquaredError:
            guard let targets = batch.targets else {
                preconditionFailure("mean squared error needs a regression dataset (with targets)")
            }
            return Engine.meanSquaredError(output, targets)
        case .crossEntropy:
            precondition(!batch.labels.isEmpty, "cross-entropy needs a classification dataset (with labels)")
            return Engine.crossEntropy(output, labels: batch.labels)
        case .binaryCrossEntropy:
            return Engine.binaryCrossEntropy(logits: output, targets: binaryTargets(for: batch, count: output.count))
        }
    }

    /// How many examples of `batch` `output` gets right, or `nil` for regression, where
    /// accuracy means nothing: the largest logit for cross-entropy, the sign of the logit
    /// (probability above ½) for binary cross-entropy.
    public func correctCount(_ output: Tensor, for batch: Batch) -> Int? {
        switch self {
        case .meanSquaredError:
            return nil
        case .crossEntropy:
            return zip(predictedClasses(output), batch.labels).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        case .binaryCrossEntropy:
            let targets = binaryTargets(for: batch, count: output.count).scalars
            return zip(output.scalars, targets).filter { ($0 > 0) == ($1 > 0.5) }.count
        }
    }

    private func binaryTargets(for batch: Batch, count: Int) -> Tensor {
        if let targets = batch.targets { return targets }
        precondition(batch.labels.count == count && batch.labels.allSatisfy { $0 == 0 || $0 == 1 },
                     "binary cross-entropy needs one output per example and labels 0 or 1")
        return Tensor(shape: [count], scalars: batch.labels.map(Float.init))
    }
}

/// The index of the largest value in each row of `[B, C]` scores: the predicted classes.
public func predictedClasses(_ scores: Tensor) -> [Int] {
    precondition(scores.rank == 2, "predicted classes need scores of shape [batch, classes], got \(scores.shape)")
    let classes = scores.shape[1]
    let values = scores.scalars
    return (0..<scores.shape[0]).map { row in
        var best = 0
        for column in 1..<Swift.max(classes, 1) where values[row * classes + column] > values[row * classes + best] {
            best = column
        }
        return best
    }
}
