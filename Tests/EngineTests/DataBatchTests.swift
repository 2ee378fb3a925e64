import Engine
import Testing

struct DataBatchTests {
    @Test func orderedBatchesVisitRowsInStoredOrderAndKeepTheLastPartialBatch() {
        let data = indexedDataset(labels: Array(repeating: 0, count: 70), width: 3)
        let batches = data.batches(of: 32)
        // 70 = 32 + 32 + 6
        #expect(batches.count == 3)
        #expect(batches.map(\.count) == [32, 32, 6])
        #expect(batches.flatMap { rowIDs(Dataset(features: $0.inputs, labels: $0.labels)) } == Array(0..<70))
    }

    @Test func dropLastDropsOnlyThePartialBatch() {
        let data = indexedDataset(labels: Array(repeating: 0, count: 70))
        #expect(data.batches(of: 32, dropLast: true).map(\.count) == [32, 32])
        #expect(data.batches(of: 35, dropLast: true).map(\.count) == [35, 35])
    }

    @Test func shuffledBatchesVisitEveryRowExactlyOncePerEpoch() {
        let data = indexedDataset(labels: Array(repeating: 1, count: 101))
        var generator = SeededGenerator(seed: 3)
        let batches = data.batches(of: 16, shuffledWith: &generator)
        let visited = batches.flatMap { rowIDs(Dataset(features: $0.inputs, labels: $0.labels)) }
        #expect(visited.sorted() == Array(0..<101))
        #expect(visited != Array(0..<101))
        #expect(batches.map(\.count) == [16, 16, 16, 16, 16, 16, 5])
    }

    @Test func batchRowsKeepTheirLabelsAndTargetsTogether() {
        let labels = (0..<50).map { $0 % 7 }
        let data = indexedDataset(labels: labels, width: 2)
        var generator = SeededGenerator(seed: 9)
        for batch in data.batches(of: 8, shuffledWith: &generator) {
            let ids = rowIDs(Dataset(features: batch.inputs, labels: batch.labels))
            #expect(batch.labels == ids.map { labels[$0] })
        }
        let x = (0..<10).map(Float.init)
        let regression = Dataset(features: Tensor(shape: [10, 1], scalars: x),
                                 targets: Tensor(shape: [10, 1], scalars: x.map { 2 * $0 + 1 }))
        for batch in regression.batches(of: 4, shuffledWith: &generator) {
            #expect(batch.labels.isEmpty)
            #expect(batch.targets?.scalars == batch.inputs.scalars.map { 2 * $0 + 1 })
        }
    }

    @Test func sameSeedGivesTheSameOrderAndSuccessiveEpochsDiffer() {
        let data = indexedDataset(labels: Array(repeating: 0, count: 64))
        func order(_ batches: Batches) -> [Int] { batches.order }
        var first = SeededGenerator(seed: 42), second = SeededGenerator(seed: 42)
        let epoch1 = order(data.batches(of: 10, shuffledWith: &first))
        #expect(epoch1 == order(data.batches(of: 10, shuffledWith: &second)))
        #expect(epoch1 != order(data.batches(of: 10, shuffledWith: &first)))
    }

    @Test func imageShapedExamplesStayImageShaped() {
        let data = indexedDataset(labels: Array(repeating: 0, count: 5), width: 64)
            .reshapingExamples(to: [1, 8, 8])
        let batch = data.batches(of: 2)[2]
        #expect(batch.inputs.shape == [1, 1, 8, 8])
        #expect(batch.inputs.scalars == Array(repeating: 4, count: 64))
    }

    @Test func batchRejectsInputsAndLabelsOfDifferentLengths() async {
        await #expect(processExitsWith: .failure) {
            _ = Batch(inputs: Tensor(shape: [2, 1], scalars: [0, 1]), labels: [0, 1, 2])
        }
    }
}
