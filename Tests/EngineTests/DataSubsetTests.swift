import Engine
import Testing

struct DataSubsetTests {
    @Test func prefixKeepsTheFirstExamplesInOrder() {
        let data = indexedDataset(labels: [3, 1, 4, 1, 5])
        let first = data.prefix(3)
        #expect(rowIDs(first) == [0, 1, 2])
        #expect(first.labels == [3, 1, 4])
    }

    @Test func balancedSubsetTakesNOfEveryClassFromItsOwnRows() {
        let labels = labels(withClassCounts: [30, 12, 50])
        let data = indexedDataset(labels: labels)
        var generator = SeededGenerator(seed: 5)
        let subset = data.balancedSubset(perClass: 10, using: &generator)
        #expect(subset.classCounts == [10, 10, 10])
        #expect(Set(rowIDs(subset)).count == 30)
        #expect(zip(rowIDs(subset), subset.labels).allSatisfy { labels[$0] == $1 })
    }

    @Test func balancedSubsetIsSeeded() {
        let data = indexedDataset(labels: labels(withClassCounts: [40, 40]))
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 1), c = SeededGenerator(seed: 2)
        let first = rowIDs(data.balancedSubset(perClass: 5, using: &a))
        #expect(first == rowIDs(data.balancedSubset(perClass: 5, using: &b)))
        #expect(first != rowIDs(data.balancedSubset(perClass: 5, using: &c)))
    }

    @Test func onlyClassesKeepsThoseClassesAndOptionallyRenumbersThem() {
        let labels = [0, 5, 9, 5, 2, 7, 9]
        let data = indexedDataset(labels: labels)
        let kept = data.onlyClasses([9, 5])
        #expect(rowIDs(kept) == [1, 2, 3, 6])
        #expect(kept.labels == [5, 9, 5, 9])
        let renumbered = data.onlyClasses([9, 5], remappingLabels: true)
        #expect(renumbered.labels == [1, 0, 1, 0])
        #expect(data.onlyClasses(5..<10, remappingLabels: true).labels == [0, 4, 0, 2, 4])
    }

    @Test func concatenatingPutsTheRowsOneAfterAnother() {
        let a = indexedDataset(labels: [1, 2]), b = indexedDataset(labels: [3])
        let both = Dataset(concatenating: [a, b])
        #expect(both.features.shape == [3, 1])
        #expect(rowIDs(both) == [0, 1, 0])
        #expect(both.labels == [1, 2, 3])
    }

    @Test func reshapingKeepsValuesAndChangesOnlyTheExampleShape() {
        let data = indexedDataset(labels: [0, 1], width: 64)
        let images = data.reshapingExamples(to: [1, 8, 8])
        #expect(images.features.shape == [2, 1, 8, 8])
        #expect(images.valuesPerExample == 64)
        #expect(images.features.scalars == data.features.scalars)
    }

    @Test func subsetCopiesRowsSoTheSourceStaysUntouched() {
        let data = indexedDataset(labels: [0, 1, 2])
        let subset = data.subset(rows: [2, 0, 2])
        #expect(rowIDs(subset) == [2, 0, 2])
        #expect(subset.labels == [2, 0, 2])
        #expect(rowIDs(data) == [0, 1, 2])
    }

    @Test func classCountsCountEveryLabel() {
        #expect(indexedDataset(labels: [2, 0, 2, 2]).classCounts == [1, 0, 3])
    }
}
