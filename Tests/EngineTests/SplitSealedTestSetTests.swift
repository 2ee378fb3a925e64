import Engine
import Testing

/// The test part cannot be read by accident. At compile time `SealedTestSet` offers no
/// accessor to its rows and is neither a `Dataset` nor a `Sequence` (so `split.test.features`,
/// `split.test.batches(of:)` and `for row in split.test` do not compile); these tests pin
/// the run-time part: what reflection shows, the opening record, and the refusal of an
/// unnamed opening.
struct SplitSealedTestSetTests {
    private func makeSplit(seed: UInt64 = 1) -> DataSplit {
        // Every feature is 12345 + row, a value that is easy to look for in printed output.
        let values = (0..<40).map { Float(12345 + $0) }
        let data = Dataset(features: Tensor(shape: [40, 1], scalars: values), labels: (0..<40).map { $0 % 2 })
        var generator = SeededGenerator(seed: seed)
        return data.split(training: 0.5, validation: 0.25, test: 0.25, using: &generator)
    }

    @Test func aFreshSplitsTestSetIsSealedAndSaysSo() {
        let split = makeSplit()
        #expect(split.test.isSealed)
        #expect(split.test.openings.isEmpty)
        #expect(split.test.count == 10)
        #expect(split.test.description == "test set: 10 examples, sealed (never opened)")
    }

    @Test func reflectionShowsNeitherRowsNorValues() {
        let split = makeSplit()
        let mirror = Mirror(reflecting: split.test)
        #expect(mirror.children.map(\.label) == ["count", "openings"])
        #expect(!mirror.children.contains { $0.value is Dataset || $0.value is Tensor })
        var dumped = ""
        dump(split.test, to: &dumped)
        #expect(!dumped.contains("1234"))
        #expect(!String(describing: split.test).contains("1234"))
        #expect(split.test.isSealed)
    }

    @Test func openingReturnsTheTestRowsAndRecordsTheReason() {
        let split = makeSplit()
        let test = split.test.open(reason: "final evaluation")
        #expect(test.count == 10)
        #expect(Set(test.features.scalars).isDisjoint(with: split.training.features.scalars))
        #expect(!split.test.isSealed)
        #expect(split.test.openings.map(\.number) == [1])
        #expect(split.test.openings.map(\.reason) == ["final evaluation"])
        #expect(split.test.openings[0].warning == nil)
        #expect(split.test.description == """
            test set: 10 examples, opened once
              1. final evaluation
            """)
    }

    @Test func everyOpeningAfterTheFirstIsRecordedWithAWarning() {
        let split = makeSplit()
        _ = split.test.open(reason: "final evaluation")
        _ = split.test.open(reason: "compare with the runner-up")
        _ = split.test.open(reason: "one last look")
        let openings = split.test.openings
        #expect(openings.map(\.number) == [1, 2, 3])
        #expect(openings.map(\.reason) == ["final evaluation", "compare with the runner-up", "one last look"])
        #expect(openings[0].warning == nil)
        #expect(openings[1].warning?.contains("optimistic") == true)
        #expect(openings[1].warning?.contains("2nd time") == true)
        #expect(openings[2].warning?.contains("3rd time") == true)
        #expect(split.test.description == """
            test set: 10 examples, opened 3 times
              1. final evaluation
              2. compare with the runner-up (warned: the score is now optimistic)
              3. one last look (warned: the score is now optimistic)
            """)
    }

    @Test func copiesShareOneRecordOfOpenings() {
        let split = makeSplit()
        let copy = split
        let testCopy = split.test
        _ = testCopy.open(reason: "through a copy")
        #expect(split.test.openings.count == 1)
        #expect(copy.test.openings.map(\.reason) == ["through a copy"])
    }

    @Test func openingWithoutAReasonIsRefused() async {
        await #expect(processExitsWith: .failure) {
            var generator = SeededGenerator(seed: 1)
            let split = indexedDataset(labels: [0, 1, 0, 1]).split(training: 0.5, validation: 0, test: 0.5, using: &generator)
            _ = split.test.open(reason: "  ")
        }
    }

    @Test func buildingASplitFromPartsSealsTheGivenTestSet() {
        let split = DataSplit(training: indexedDataset(labels: [0, 1]), validation: indexedDataset(labels: [1]),
                              sealing: indexedDataset(labels: [1, 0, 1]))
        #expect(split.test.isSealed)
        #expect(split.test.open(reason: "check").labels == [1, 0, 1])
    }
}
