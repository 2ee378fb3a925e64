/// Which rows go where, for splits and for cross-validation folds.
///
/// Stratified assignments work class by class, so every part gets (up to rounding) the
/// same share of each class as the whole set has.
enum RowPartition {
    /// The rows of a set of `count` examples grouped for stratification: one group per
    /// class, or a single group when `labels` is empty (regression) or stratification is off.
    static func groups(count: Int, labels: [Int], stratified: Bool) -> [[Int]] {
        guard stratified, !labels.isEmpty else { return [Array(0..<count)] }
        var groups = [[Int]](repeating: [], count: (labels.max() ?? 0) + 1)
        for (row, label) in labels.enumerated() { groups[label].append(row) }
        return groups
    }

    /// Rows split into training, validation and test parts, each in a shuffled order.
    ///
    /// In every group the test part takes `round(n · testFraction)` rows, the validation part
    /// `round(n · validationFraction)`, and training the rest.
    static func split(
        _ groups: [[Int]], validationFraction: Double, testFraction: Double,
        using generator: inout SeededGenerator
    ) -> (training: [Int], validation: [Int], test: [Int]) {
        var training: [Int] = [], validation: [Int] = [], test: [Int] = []
        for group in groups {
            var rows = group
            rows.shuffle(using: &generator)
            let n = Double(rows.count)
            let testCount = min(Int((n * testFraction).rounded()), rows.count)
            let validationCount = min(Int((n * validationFraction).rounded()), rows.count - testCount)
            test += rows[..<testCount]
            validation += rows[testCount..<testCount + validationCount]
            training += rows[(testCount + validationCount)...]
        }
        training.shuffle(using: &generator)
        validation.shuffle(using: &generator)
        test.shuffle(using: &generator)
        return (training, validation, test)
    }

    /// Rows dealt into `k` folds, each listed in ascending order.
    ///
    /// The groups are shuffled and laid end to end, then dealt round-robin: fold sizes differ
    /// by at most one, and so do the counts of any one class in two folds.
    static func folds(_ groups: [[Int]], k: Int, using generator: inout SeededGenerator) -> [[Int]] {
        var folds = [[Int]](repeating: [], count: k)
        var position = 0
        for group in groups {
            var rows = group
            rows.shuffle(using: &generator)
            for row in rows {
                folds[position % k].append(row)
                position += 1
            }
        }
        return folds.map { $0.sorted() }
    }
}
