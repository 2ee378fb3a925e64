import Engine
import Testing

struct CrossValidationTests {
    @Test(arguments: [true, false])
    func foldsPartitionTheRows(stratified: Bool) {
        let data = indexedDataset(labels: (0..<103).map { $0 % 4 == 0 ? 1 : 0 })
        var generator = SeededGenerator(seed: 7)
        let folds = data.folds(5, stratified: stratified, using: &generator)
        #expect(folds.map(\.number) == [1, 2, 3, 4, 5])
        #expect(folds.flatMap(\.validationRows).sorted() == Array(0..<103))
        let sizes = folds.map(\.validation.count)
        // 103 = 5 · 20 + 3: three folds of 21, two of 20.
        #expect(sizes.sorted() == [20, 20, 21, 21, 21])
        for fold in folds {
            #expect(rowIDs(fold.validation) == fold.validationRows)
            #expect(rowIDs(fold.training) == (0..<103).filter { !fold.validationRows.contains($0) })
        }
    }

    @Test func stratifiedFoldsKeepEachClassWithinOneExample() {
        let data = indexedDataset(labels: labels(withClassCounts: [53, 21, 7]))
        var generator = SeededGenerator(seed: 2)
        let folds = data.folds(4, using: &generator)
        for label in 0..<3 {
            let counts = folds.map { $0.validation.classCounts[safe: label] }
            #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1)
        }
    }

    @Test func crossValidateScoresEveryFoldOnItsOwnValidationPart() throws {
        let data = indexedDataset(labels: Array(repeating: 0, count: 30))
        var generator = SeededGenerator(seed: 1)
        var seen: [Int] = []
        let result = data.crossValidate(folds: 3, using: &generator) { training, validation in
            #expect(training.count == 20)
            #expect(Set(rowIDs(training)).isDisjoint(with: rowIDs(validation)))
            seen += rowIDs(validation)
            return Double(seen.count) / 10 * 0.1 + 0.7
        }
        #expect(seen.sorted() == Array(0..<30))
        // Scores 0.8, 0.9, 1.0: mean 0.9; sample deviation √((0.01 + 0 + 0.01) / 2) = 0.1.
        #expect(abs(result.mean - 0.9) < 1e-12)
        #expect(abs(result.standardDeviation - 0.1) < 1e-12)
        #expect(result.description == "3-fold cross-validation: 0.900 ± 0.100 (folds: 0.800, 0.900, 1.000)")
    }

    @Test func crossValidatingASplitUsesTrainingAndValidationAndLeavesTheTestSetSealed() {
        var generator = SeededGenerator(seed: 3)
        let split = indexedDataset(labels: (0..<50).map { $0 % 2 })
            .split(training: 0.6, validation: 0.2, test: 0.2, using: &generator)
        var rowsSeen = 0
        let result = split.crossValidate(folds: 4, using: &generator) { _, validation in
            rowsSeen += validation.count
            return 1
        }
        #expect(rowsSeen == 40)
        #expect(result.foldScores == [1, 1, 1, 1])
        #expect(split.test.isSealed)
    }

    @Test func anErrorInOneFoldStopsCrossValidation() {
        struct Diverged: Error {}
        var generator = SeededGenerator(seed: 3)
        var calls = 0
        #expect(throws: Diverged.self) {
            _ = try indexedDataset(labels: Array(repeating: 0, count: 10)).crossValidate(folds: 5, using: &generator) { _, _ in
                calls += 1
                if calls == 2 { throw Diverged() }
                return 0
            }
        }
        #expect(calls == 2)
    }

    @Test func foldsAreSeeded() {
        let data = indexedDataset(labels: (0..<40).map { $0 % 2 })
        var a = SeededGenerator(seed: 10), b = SeededGenerator(seed: 10), c = SeededGenerator(seed: 11)
        let first = data.folds(4, using: &a).map(\.validationRows)
        #expect(first == data.folds(4, using: &b).map(\.validationRows))
        #expect(first != data.folds(4, using: &c).map(\.validationRows))
    }
}

private extension Array where Element == Int {
    /// The count at `index`, or 0 when a fold lacks the class entirely (its classCounts is shorter).
    subscript(safe index: Int) -> Int { index < count ? self[index] : 0 }
}
