import Engine
import Testing

struct DataDuplicateTests {
    private func rows(_ values: [[Float]], labels: [Int]) -> Dataset {
        Dataset(features: Tensor(shape: [values.count, 2], scalars: values.flatMap { $0 }), labels: labels)
    }

    @Test func findsExactDuplicatesBetweenEveryPairOfParts() {
        let training = rows([[0, 0], [1, 1], [2, 2]], labels: [0, 1, 0])
        let validation = rows([[1, 1], [4, 4]], labels: [1, 0])
        let test = rows([[5, 5], [0, 0], [2, 2], [4, 4]], labels: [0, 1, 1, 0])
        let split = DataSplit(training: training, validation: validation, sealing: test)
        let report = split.duplicatesAcrossParts()
        // training 1 = validation 0; training 0 = test 1; training 2 = test 2; validation 1 = test 3.
        #expect(report.trainingValidation == [DuplicateRow(row: 1, otherRow: 0)])
        #expect(report.trainingTest == [DuplicateRow(row: 0, otherRow: 1), DuplicateRow(row: 2, otherRow: 2)])
        #expect(report.validationTest == [DuplicateRow(row: 1, otherRow: 3)])
        #expect(report.total == 4)
        #expect(report.description == "duplicates across parts: training–validation 1, training–test 2, validation–test 1")
        #expect(split.test.isSealed)
    }

    @Test func nearDuplicatesAreNotExactDuplicates() {
        let a = rows([[0, 0]], labels: [0])
        let b = rows([[0, 0.000_001]], labels: [0])
        #expect(a.duplicateRows(in: b).isEmpty)
    }

    @Test func everyMatchingPairIsListed() {
        let a = rows([[3, 3], [3, 3]], labels: [0, 0])
        let b = rows([[3, 3], [9, 9], [3, 3]], labels: [0, 0, 0])
        #expect(a.duplicateRows(in: b).map { [$0.row, $0.otherRow] } == [[0, 0], [0, 2], [1, 0], [1, 2]])
    }

    @Test func aSplitOfDistinctRowsHasNoDuplicates() {
        var generator = SeededGenerator(seed: 3)
        let split = indexedDataset(labels: Array(repeating: 0, count: 100))
            .split(training: 0.6, validation: 0.2, test: 0.2, using: &generator)
        #expect(split.duplicatesAcrossParts().total == 0)
    }
}
