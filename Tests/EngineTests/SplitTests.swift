import Engine
import Testing

struct SplitTests {
    /// Opens the test part of a split made inside a test, to check where the rows went.
    private func testRows(_ split: DataSplit) -> Dataset {
        split.test.open(reason: "checking the split in a unit test")
    }

    @Test(arguments: [true, false])
    func partsAreDisjointAndCoverEveryRowOnce(stratified: Bool) {
        let data = indexedDataset(labels: (0..<503).map { $0 % 3 == 0 ? 1 : 0 })
        var generator = SeededGenerator(seed: 4)
        let split = data.split(training: 0.6, validation: 0.2, test: 0.2, stratified: stratified, using: &generator)
        let all = rowIDs(split.training) + rowIDs(split.validation) + rowIDs(testRows(split))
        #expect(all.sorted() == Array(0..<503))
    }

    @Test func unstratifiedPartSizesAreTheRoundedFractions() {
        let data = indexedDataset(labels: Array(repeating: 0, count: 1000))
        var generator = SeededGenerator(seed: 1)
        let split = data.split(training: 0.7, validation: 0.1, test: 0.2, stratified: false, using: &generator)
        #expect([split.training.count, split.validation.count, split.test.count] == [700, 100, 200])
    }

    @Test func stratifiedPartsKeepTheClassProportions() {
        // Classes of 500, 300 and 200 rows; 20 % of each is exactly 100, 60 and 40.
        let data = indexedDataset(labels: labels(withClassCounts: [500, 300, 200]))
        var generator = SeededGenerator(seed: 12)
        let split = data.split(training: 0.6, validation: 0.2, test: 0.2, using: &generator)
        #expect(split.training.classCounts == [300, 180, 120])
        #expect(split.validation.classCounts == [100, 60, 40])
        #expect(testRows(split).classCounts == [100, 60, 40])
    }

    @Test func stratifiedProportionsHoldWithinOneExamplePerClassWhenRoundingIsNeeded() {
        let counts = [37, 91, 8, 64]
        let data = indexedDataset(labels: labels(withClassCounts: counts))
        var generator = SeededGenerator(seed: 3)
        let split = data.split(training: 0.5, validation: 0.25, test: 0.25, using: &generator)
        for (part, share) in [(split.validation, 0.25), (testRows(split), 0.25), (split.training, 0.5)] {
            for (label, total) in counts.enumerated() {
                #expect(abs(Double(part.classCounts[label]) - share * Double(total)) <= 1)
            }
        }
    }

    @Test func rowsKeepTheirLabels() {
        let labels = (0..<90).map { ($0 * 7) % 5 }
        var generator = SeededGenerator(seed: 6)
        let split = indexedDataset(labels: labels).split(training: 0.8, validation: 0.1, test: 0.1, using: &generator)
        for part in [split.training, split.validation, testRows(split)] {
            #expect(zip(rowIDs(part), part.labels).allSatisfy { labels[$0] == $1 })
        }
    }

    @Test func sameSeedSameSplitAndAnotherSeedAnotherSplit() {
        let data = indexedDataset(labels: (0..<200).map { $0 % 2 })
        var a = SeededGenerator(seed: 21), b = SeededGenerator(seed: 21), c = SeededGenerator(seed: 22)
        let first = data.split(training: 0.5, validation: 0.25, test: 0.25, using: &a)
        let second = data.split(training: 0.5, validation: 0.25, test: 0.25, using: &b)
        let third = data.split(training: 0.5, validation: 0.25, test: 0.25, using: &c)
        #expect(rowIDs(first.training) == rowIDs(second.training))
        #expect(rowIDs(testRows(first)) == rowIDs(testRows(second)))
        #expect(rowIDs(first.training) != rowIDs(third.training))
    }

    @Test func regressionSetsSplitWithTheirTargets() {
        let x = (0..<40).map(Float.init)
        let data = Dataset(features: Tensor(shape: [40, 1], scalars: x), targets: Tensor(shape: [40, 1], scalars: x.map { -$0 }))
        var generator = SeededGenerator(seed: 2)
        let split = data.split(training: 0.5, validation: 0.25, test: 0.25, using: &generator)
        #expect([split.training.count, split.validation.count, split.test.count] == [20, 10, 10])
        #expect(split.validation.targets?.scalars == split.validation.features.scalars.map { -$0 })
    }

    @Test func trainingAndValidationHoldsEverythingButTheTestRows() {
        var generator = SeededGenerator(seed: 5)
        let split = indexedDataset(labels: Array(repeating: 0, count: 50))
            .split(training: 0.6, validation: 0.2, test: 0.2, using: &generator)
        let development = rowIDs(split.trainingAndValidation)
        #expect(development.count == 40)
        #expect(Set(development).isDisjoint(with: rowIDs(testRows(split))))
    }

    @Test func fractionsThatDoNotAddUpToOneAreRefused() async {
        await #expect(processExitsWith: .failure) {
            var generator = SeededGenerator(seed: 1)
            _ = indexedDataset(labels: [0, 1]).split(training: 0.8, validation: 0.2, test: 0.2, using: &generator)
        }
    }
}
