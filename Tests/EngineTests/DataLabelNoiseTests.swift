import Engine
import Testing

struct DataLabelNoiseTests {
    @Test func changesExactlyTheRequestedShareOfLabelsAndReportsWhich() {
        let labels = (0..<200).map { $0 % 4 }
        let data = indexedDataset(labels: labels)
        var generator = SeededGenerator(seed: 11)
        let (noisy, changed) = data.withNoisyLabels(fraction: 0.15, using: &generator)
        // 0.15 · 200 = 30 rows.
        #expect(changed.count == 30)
        #expect(changed == changed.sorted())
        let actuallyChanged = (0..<200).filter { noisy.labels[$0] != labels[$0] }
        #expect(actuallyChanged == changed)
        #expect(noisy.labels.allSatisfy { (0..<4).contains($0) })
        #expect(noisy.features.scalars == data.features.scalars)
    }

    @Test func everyLabelFlipsWhenTheFractionIsOneWithTwoClasses() {
        let labels = (0..<10).map { $0 % 2 }
        var generator = SeededGenerator(seed: 1)
        let (noisy, changed) = indexedDataset(labels: labels).withNoisyLabels(fraction: 1, using: &generator)
        #expect(changed == Array(0..<10))
        #expect(noisy.labels == labels.map { 1 - $0 })
    }

    @Test func isSeeded() {
        let data = indexedDataset(labels: (0..<100).map { $0 % 3 })
        var a = SeededGenerator(seed: 8), b = SeededGenerator(seed: 8), c = SeededGenerator(seed: 9)
        let first = data.withNoisyLabels(fraction: 0.3, using: &a)
        let second = data.withNoisyLabels(fraction: 0.3, using: &b)
        #expect(first.changedRows == second.changedRows)
        #expect(first.dataset.labels == second.dataset.labels)
        #expect(first.changedRows != data.withNoisyLabels(fraction: 0.3, using: &c).changedRows)
    }

    @Test func newLabelsSpreadOverTheOtherClasses() {
        // All 3,001 labels change; the 3,000 zeros spread over classes 1...4, about 750 each
        // (binomial standard deviation √(3000 · 0.25 · 0.75) ≈ 24).
        let data = indexedDataset(labels: Array(repeating: 0, count: 3000) + [4])
        var generator = SeededGenerator(seed: 2)
        let noisy = data.withNoisyLabels(fraction: 1, using: &generator).dataset
        let counts = noisy.classCounts
        #expect(counts[0] <= 1)
        #expect(counts[1...].allSatisfy { (650...850).contains($0) })
    }
}
