/// The mini-batches of one pass over a dataset (one epoch), built lazily: a batch's rows are
/// copied out of the dataset only when that batch is read.
///
/// ```swift
/// var generator = SeededGenerator(seed: 1)
/// for epoch in 1...20 {
///     for batch in training.batches(of: 32, shuffledWith: &generator) { ... }
/// }
/// ```
/// Each call draws a fresh order from `generator`, so successive epochs see different orders
/// and the whole run repeats exactly for the same seed.
public struct Batches: RandomAccessCollection {
    /// The number of examples in every batch but possibly the last.
    public let batchSize: Int
    /// The dataset rows in the order this pass visits them.
    public let order: [Int]
    private let featureScalars: [Float]
    private let exampleShape: [Int]
    private let labels: [Int]
    private let targetScalars: [Float]?
    private let targetShape: [Int]
    private let batchCount: Int

    init(of dataset: Dataset, size: Int, order: [Int], dropLast: Bool) {
        precondition(size > 0, "a batch needs at least one example, got batch size \(size)")
        batchSize = size
        self.order = order
        // Read each tensor's storage once per epoch, not once per batch.
        featureScalars = dataset.features.scalars
        exampleShape = dataset.exampleShape
        labels = dataset.labels
        targetScalars = dataset.targets?.scalars
        targetShape = dataset.targets.map { Array($0.shape.dropFirst()) } ?? []
        batchCount = dropLast ? order.count / size : (order.count + size - 1) / size
    }

    /// The index of the first batch, 0.
    public var startIndex: Int { 0 }
    /// One past the index of the last batch: the number of batches.
    public var endIndex: Int { batchCount }

    /// Batch number `position` (0-based), copied out of the dataset row by row.
    public subscript(position: Int) -> Batch {
        precondition(position >= 0 && position < batchCount,
                     "batch \(position) is outside 0..<\(batchCount)")
        let start = position * batchSize
        let rows = order[start..<Swift.min(start + batchSize, order.count)]
        let inputs = gatherRows(rows, from: featureScalars, rowLength: exampleShape.reduce(1, *))
        let targets = targetScalars.map { scalars in
            // [N, T] -> [B, T]
            Tensor(shape: [rows.count] + targetShape,
                   scalars: gatherRows(rows, from: scalars, rowLength: targetShape.reduce(1, *)))
        }
        return Batch(
            // [N, ...] -> [B, ...]
            inputs: Tensor(shape: [rows.count] + exampleShape, scalars: inputs),
            labels: labels.isEmpty ? [] : rows.map { labels[$0] },
            targets: targets
        )
    }
}

extension Dataset {
    /// Mini-batches of `size` rows in an order shuffled by `generator` (a new order on every
    /// call); the last, smaller batch is kept unless `dropLast` is set.
    public func batches(
        of size: Int, shuffledWith generator: inout SeededGenerator, dropLast: Bool = false
    ) -> Batches {
        var order = Array(0..<count)
        order.shuffle(using: &generator)
        return Batches(of: self, size: size, order: order, dropLast: dropLast)
    }

    /// Mini-batches of `size` rows in stored order (for evaluation, where order does not
    /// matter and repeating it helps comparisons); the last, smaller batch is kept unless
    /// `dropLast` is set.
    public func batches(of size: Int, dropLast: Bool = false) -> Batches {
        Batches(of: self, size: size, order: Array(0..<count), dropLast: dropLast)
    }
}
