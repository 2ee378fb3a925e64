/// Label noise for the overfitting lesson: a network big enough to memorize will fit the
/// wrong labels too, and the rows that changed show where it did.
extension Dataset {
    /// A copy in which `fraction` of the examples (rounded to the nearest whole example),
    /// chosen at random, carry a different label, drawn uniformly from the other classes.
    ///
    /// Returns the new set and the changed rows in ascending order; every listed row's label
    /// differs from the original, and no other row's does.
    public func withNoisyLabels(
        fraction: Double, using generator: inout SeededGenerator
    ) -> (dataset: Dataset, changedRows: [Int]) {
        precondition(fraction >= 0 && fraction <= 1, "a fraction of labels must lie in 0...1, got \(fraction)")
        precondition(isClassification, "label noise needs class labels")
        let classes = classCount
        precondition(classes >= 2 || fraction == 0, "a label can only change when there are at least two classes")
        let changeCount = Int((fraction * Double(count)).rounded())
        var rows = Array(0..<count)
        // A partial Fisher–Yates shuffle: the first `changeCount` rows are a uniform sample.
        for i in 0..<changeCount {
            rows.swapAt(i, Int.random(in: i..<count, using: &generator))
        }
        let changed = rows[..<changeCount].sorted()
        var noisy = labels
        for row in changed {
            // Draw from the classes-1 other labels: skip over the current one.
            let draw = Int.random(in: 0..<(classes - 1), using: &generator)
            noisy[row] = draw >= labels[row] ? draw + 1 : draw
        }
        let copiedFeatures = Tensor(shape: features.shape, scalars: features.scalars)
        return (Dataset(features: copiedFeatures, labels: noisy), changed)
    }
}
