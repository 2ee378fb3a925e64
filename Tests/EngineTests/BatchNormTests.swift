@testable import Engine
import Testing

/// Batch norm's hand-derived backward pass against the composed version, and its statistics.
struct BatchNormTests {
    @Test func fusedStandardizationMatchesComposedOverFeatures() {
        expectFusedMatchesComposed(shape: [8, 3])
    }

    @Test func fusedStandardizationMatchesComposedOverChannels() {
        expectFusedMatchesComposed(shape: [4, 3, 2, 2])
    }

    private func expectFusedMatchesComposed(shape: [Int]) {
        let values = randomTensor(shape, in: -3..<3, seed: 1).scalars
        var generator = SeededGenerator(seed: 2)
        let seed = (0..<values.count).map { _ in generator.nextFloat(in: -1..<1) }

        let fusedInput = Tensor(shape: shape, scalars: values, requiresGradient: true)
        let fused = batchStandardized(fusedInput)
        fused.backward(seed: seed)

        let composedInput = Tensor(shape: shape, scalars: values, requiresGradient: true)
        let composed = batchStandardizedByComposition(composedInput)
        composed.backward(seed: seed)

        for (a, b) in zip(fused.scalars, composed.scalars) { #expect(abs(a - b) < 1e-5) }
        let fusedGradient = fusedInput.gradientScalars ?? []
        let composedGradient = composedInput.gradientScalars ?? []
        #expect(fusedGradient.count == values.count && composedGradient.count == values.count)
        for (a, b) in zip(fusedGradient, composedGradient) { #expect(abs(a - b) < 1e-4) }
    }

    /// Batch norm's γ·n + β on `[B, F]` runs as one primitive; it must give the bits of the
    /// broadcasting composition it replaces, forward and backward, in both modes.
    @Test(arguments: [false, true])
    func featureAffineGivesTheBitsOfTheComposition(evaluation: Bool) {
        let (batch, features) = (7, 5)
        let values = randomTensor([batch, features], in: -3..<3, seed: 11).scalars
        let (gamma, beta) = (randomTensor([features], seed: 12).scalars, randomTensor([features], seed: 13).scalars)
        let (mean, inverse) = (randomTensor([features], seed: 14).scalars, randomTensor([features], in: 0.5..<2, seed: 15).scalars)
        var generator = SeededGenerator(seed: 16)
        let seed = (0..<values.count).map { _ in generator.nextFloat(in: -1..<1) }
        func parameters() -> (Tensor, Tensor, Tensor) {
            (Tensor(shape: [batch, features], scalars: values, requiresGradient: true),
             Tensor(shape: [features], scalars: gamma, requiresGradient: true),
             Tensor(shape: [features], scalars: beta, requiresGradient: true))
        }

        let (x, scale, offset) = parameters()
        let fused = FeatureAffine(batch: batch, features: features, running: evaluation ? (mean, inverse) : nil)(x, scale: scale, offset: offset)
        fused.backward(seed: seed)

        let (x2, scale2, offset2) = parameters()
        let n = evaluation ? (x2 - Tensor(shape: [features], scalars: mean)) * Tensor(shape: [features], scalars: inverse) : x2
        let composed = n * scale2 + offset2
        composed.backward(seed: seed)

        #expect(fused.scalars == composed.scalars)
        #expect(x.gradientScalars == x2.gradientScalars)
        #expect(scale.gradientScalars == scale2.gradientScalars)
        #expect(offset.gradientScalars == offset2.gradientScalars)
    }

    @Test func trainingOutputHasZeroMeanAndUnitVariancePerFeature() {
        let layer = BatchNorm(features: 2)
        let x = Tensor([[1, 10], [2, 20], [3, 30], [6, 60]])
        let y = layer(x).scalars
        for feature in 0..<2 {
            let column = stride(from: feature, to: y.count, by: 2).map { Double(y[$0]) }
            let mean = column.reduce(0, +) / 4
            let variance = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4
            #expect(abs(mean) < 1e-6)
            // (σ² )/(σ² + ε) with σ² = 3.5 (feature 0) and 350 (feature 1), ε = 1e-5.
            #expect(abs(variance - 1) < 1e-4)
        }
    }

    @Test func runningStatisticsFollowTheMomentumRule() {
        // Batch [1, 2, 3, 6]: mean 3, biased variance (4 + 1 + 0 + 9)/4 = 3.5, unbiased 14/3.
        // With momentum 0.1: running mean 0.9·0 + 0.1·3 = 0.3; running variance 0.9·1 + 0.1·14/3.
        let layer = BatchNorm(features: 1, momentum: 0.1)
        _ = layer(Tensor(shape: [4, 1], scalars: [1, 2, 3, 6]))
        #expect(abs(layer.runningMean.scalars[0] - 0.3) < 1e-6)
        #expect(abs(layer.runningVariance.scalars[0] - (0.9 + 0.1 * 14 / 3)) < 1e-6)
    }

    @Test func evaluationUsesRunningStatisticsNotTheBatch() {
        // Running mean 2, variance 4 − ε: y = (x − 2)/2, whatever else is in the batch.
        let layer = BatchNorm(features: 1, epsilon: 1e-5)
        layer.runningMean.scalars = [2]
        layer.runningVariance.scalars = [4 - 1e-5]
        layer.setTraining(false)
        let y = layer(Tensor(shape: [3, 1], scalars: [2, 4, 10])).scalars
        #expect(zip(y, [0, 1, 4] as [Float]).allSatisfy { abs($0 - $1) < 1e-5 })
        let alone = layer(Tensor(shape: [1, 1], scalars: [4])).scalars
        #expect(abs(alone[0] - 1) < 1e-5)
    }
}
