import Engine
import Testing

/// The fused losses' backward rules against central finite differences.
struct LossGradientTests {
    @Test func crossEntropyGradientIsSoftmaxMinusOneHotOverBatch() {
        expectGradientsMatch([randomTensor([4, 5], in: -2..<2, seed: 1)]) { crossEntropy($0[0], labels: [0, 3, 4, 3]) }
    }

    @Test func binaryCrossEntropyGradientReachesLogitsAndTargets() {
        let logits = randomTensor([6, 1], in: -3..<3, seed: 2)
        let targets = randomTensor([6, 1], in: 0..<1, seed: 3)
        expectGradientsMatch([logits, targets]) { binaryCrossEntropy(logits: $0[0], targets: $0[1]) }
    }

    @Test func meanSquaredErrorGradientReachesPredictionsAndTargets() {
        expectGradientsMatch([randomTensor([5, 2], seed: 4), randomTensor([5, 2], seed: 5)]) { meanSquaredError($0[0], $0[1]) }
    }
}
