/// Examples and their labels: what training, validation and test sets are made of.
///
/// `features` holds one example per row (`[N, ...]`); `labels` holds one class index per
/// example. A regression set carries its targets in `targets` (`[N, T]`) instead.
///
/// Every operation that derives a new set (subsets, splits, standardization, noisy labels)
/// copies the rows it keeps into new tensors, so changing one set never changes another.
public struct Dataset {
    /// The inputs, one example per row: `[N, ...]`.
    public let features: Tensor
    /// One class index per example (empty for regression sets).
    public let labels: [Int]
    /// Real-valued targets for regression, `[N, T]`, or `nil` for classification.
    public let targets: Tensor?

    /// The number of examples.
    public var count: Int { features.shape.first ?? 0 }

    /// The shape of one example: `features.shape` without its first dimension.
    public var exampleShape: [Int] { Array(features.shape.dropFirst()) }

    /// The number of values in one example (64 for a digit, whether stored as `[64]` or `[1, 8, 8]`).
    public var valuesPerExample: Int { exampleShape.reduce(1, *) }

    /// Whether this is a classification set (labels) rather than a regression set (targets).
    public var isClassification: Bool { targets == nil }

    /// The number of classes, taken as the largest label plus one (0 for regression sets).
    public var classCount: Int { (labels.max() ?? -1) + 1 }

    /// How many examples each class has, indexed by class: `classCounts[3]` counts the 3s.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// Creates a classification set.
    public init(features: Tensor, labels: [Int]) {
        precondition(!features.shape.isEmpty, "features need a first dimension that counts the examples")
        precondition(features.shape[0] == labels.count,
                     "\(features.shape[0]) examples but \(labels.count) labels")
        precondition(labels.allSatisfy { $0 >= 0 }, "class labels are indices and cannot be negative")
        self.features = features
        self.labels = labels
        self.targets = nil
    }

    /// Creates a regression set.
    public init(features: Tensor, targets: Tensor) {
        precondition(!features.shape.isEmpty, "features need a first dimension that counts the examples")
        precondition(features.shape.first == targets.shape.first,
                     "\(features.shape[0]) examples but \(targets.shape.first ?? 0) targets")
        self.features = features
        self.labels = []
        self.targets = targets
    }

    /// The values of example `row`, flattened (row-major), e.g. the 64 pixels of a digit.
    public func example(at row: Int) -> [Float] {
        precondition(row >= 0 && row < count, "row \(row) is outside 0..<\(count)")
        let length = valuesPerExample
        return Array(features.scalars[row * length..<(row + 1) * length])
    }
}
