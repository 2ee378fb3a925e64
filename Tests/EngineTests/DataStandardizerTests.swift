import Engine
import Testing

struct DataStandardizerTests {
    /// Training rows of two features: the first 1, 2, 3, 4 (mean 2.5, population variance
    /// (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25), the second constant 7.
    private func makeSplit() -> DataSplit {
        let training = Dataset(features: Tensor(shape: [4, 2], scalars: [1, 7, 2, 7, 3, 7, 4, 7]), labels: [0, 1, 0, 1])
        let validation = Dataset(features: Tensor(shape: [2, 2], scalars: [1000, 0, -1000, 0]), labels: [0, 1])
        let test = Dataset(features: Tensor(shape: [2, 2], scalars: [500, 9, 502, 9]), labels: [1, 0])
        return DataSplit(training: training, validation: validation, sealing: test)
    }

    @Test func statisticsComeFromTrainingRowsOnly() {
        let standardizer = Standardizer(fittedOn: makeSplit())
        #expect(standardizer.mean == [2.5, 7])
        #expect(abs(standardizer.standardDeviation[0] - Float(1.25).squareRoot()) < 1e-6)
        #expect(standardizer.standardDeviation[1] == 0)
    }

    @Test func standardizedTrainingFeaturesHaveMeanZeroAndUnitDeviation() {
        let split = makeSplit().standardized()
        let first = stride(from: 0, to: 8, by: 2).map { split.training.features.scalars[$0] }
        let mean = first.reduce(0, +) / 4
        let variance = first.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4
        #expect(abs(mean) < 1e-6)
        #expect(abs(variance - 1) < 1e-5)
    }

    @Test func otherPartsUseTheTrainingStatistics() {
        let split = makeSplit().standardized()
        let sigma = Float(1.25.squareRoot())
        // (1000 − 2.5) / σ, and the constant feature is only centred: 0 − 7.
        #expect(abs(split.validation.features.scalars[0] - (1000 - 2.5) / sigma) < 1e-3)
        #expect(split.validation.features.scalars[1] == -7)
        #expect(split.test.isSealed)
        let test = split.test.open(reason: "check the test rows were standardized")
        #expect(abs(test.features.scalars[0] - (500 - 2.5) / sigma) < 1e-3)
        #expect(test.features.scalars[1] == 2)
        #expect(test.labels == [1, 0])
    }

    @Test func standardizingKeepsTheSealAndItsRecord() {
        let split = makeSplit()
        let standardized = split.standardized()
        _ = standardized.test.open(reason: "after standardizing")
        #expect(split.test.openings.map(\.reason) == ["after standardizing"])
    }

    /// All 8 first-feature values: 1, 2, 3, 4, 1000, −1000, 500, 502; their sum is 1012,
    /// so the mean is 126.5.
    @Test func fittingIncludingHeldOutDataUsesEveryRowAndIsRecordedAsATestOpening() {
        let split = makeSplit()
        let leaky = Standardizer.fitIncludingHeldOutData(split)
        #expect(leaky.mean[0] == 126.5)
        #expect(split.test.openings.count == 1)
        #expect(split.test.openings[0].reason.contains("fitIncludingHeldOutData"))
    }

    @Test func imageShapedExamplesAreStandardizedPerPixel() {
        let training = Dataset(features: Tensor(shape: [2, 1, 1, 2], scalars: [0, 10, 2, 30]), labels: [0, 1])
        let standardizer = Standardizer(fittedOn: training)
        // Pixel 0: 0 and 2 (mean 1, σ 1); pixel 1: 10 and 30 (mean 20, σ 10).
        #expect(standardizer.mean == [1, 20])
        #expect(standardizer.standardDeviation == [1, 10])
        let applied = standardizer.apply(to: training)
        #expect(applied.features.shape == [2, 1, 1, 2])
        #expect(applied.features.scalars == [-1, -1, 1, 1])
    }
}
