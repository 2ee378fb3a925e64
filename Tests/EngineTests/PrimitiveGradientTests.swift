import Engine
import Testing

/// Every primitive's backward rule against central finite differences.
struct PrimitiveGradientTests {
    @Test func exponentialGradientIsItsValue() {
        expectGradientsMatch([randomTensor([3, 4], seed: 1)]) { exp($0[0]) }
    }

    @Test func logarithmGradientIsReciprocal() {
        expectGradientsMatch([randomTensor([3, 4], in: 0.5..<3, seed: 2)]) { log($0[0]) }
    }

    @Test func squareRootGradientIsHalfReciprocalRoot() {
        expectGradientsMatch([randomTensor([3, 4], in: 0.5..<3, seed: 3)]) { sqrt($0[0]) }
    }

    @Test func squareAndPowerGradients() {
        expectGradientsMatch([randomTensor([2, 5], in: 0.5..<2, seed: 4)]) { square($0[0]) + pow($0[0], 3) + pow($0[0], -0.5) }
    }

    @Test func tanhGradientIsOneMinusSquare() {
        expectGradientsMatch([randomTensor([3, 4], in: -2..<2, seed: 5)]) { tanh($0[0]) }
    }

    @Test func erfGradientIsGaussian() {
        expectGradientsMatch([randomTensor([3, 4], in: -2..<2, seed: 6)]) { erf($0[0]) }
    }

    @Test func scalarArithmeticGradients() {
        expectGradientsMatch([randomTensor([6], seed: 7)]) { inputs in
            let x = inputs[0]
            return (2 * x + 1) * 3 - (x / 4) + (5 - x) - (-x) + (x - 2)
        }
    }

    @Test func broadcastAddAndSubtractSumGradientsOverStretchedAxes() {
        // [B, F] ± [F] and ± [B, 1]: the row and column gradients are sums over the batch/features.
        let inputs = [randomTensor([4, 3], seed: 8), randomTensor([3], seed: 9), randomTensor([4, 1], seed: 10)]
        expectGradientsMatch(inputs) { ($0[0] + $0[1]) - $0[2] }
    }

    @Test func broadcastMultiplyAndDivideGradients() {
        let inputs = [randomTensor([2, 3, 4], seed: 11), randomTensor([3, 1], in: 0.5..<2, seed: 12),
                      randomTensor([4], in: 0.5..<2, seed: 13)]
        expectGradientsMatch(inputs) { $0[0] * $0[1] / $0[2] }
    }

    @Test func broadcastAgainstAScalarTensor() {
        let inputs = [randomTensor([3, 2], seed: 14), Tensor(scalar: 0.7)]
        expectGradientsMatch(inputs) { $0[0] * $0[1] + $0[1] }
    }

    @Test func sumAndMeanGradients() {
        let x = randomTensor([2, 3, 4], seed: 15)
        expectGradientsMatch([x]) { inputs in
            let x = inputs[0]
            let perAxis = x.sum(alongAxis: 1) * x.mean(alongAxis: 1)  // [2, 4]
            return perAxis.sum(alongAxis: -1, keepingDimension: true) + x.mean(alongAxis: 0).sum() + x.mean()
        }
    }

    @Test func maxGradientGoesToTheLargestValue() {
        // Distinct values, so a ±h step never changes which one is largest.
        let x = Tensor(shape: [2, 3], scalars: [0.1, 0.9, -0.5, 1.4, -1.0, 0.3])
        expectGradientsMatch([x]) { $0[0].max(alongAxis: 1) + $0[0].max(alongAxis: 0).sum() + $0[0].max() }
    }

    @Test func reshapeAndTransposeMoveGradientsBack() {
        expectGradientsMatch([randomTensor([2, 6], seed: 16)]) { inputs in
            inputs[0].reshaped(to: [3, -1]).transposed() * Tensor(shape: [4, 3], scalars: (0..<12).map { Float($0) })
        }
    }

    @Test func rowSlicesAndGathersAccumulateRepeatedRows() {
        expectGradientsMatch([randomTensor([5, 2], seed: 17)]) { inputs in
            inputs[0][rows: 1..<4] + inputs[0].rows(at: [0, 4, 0])
        }
    }

    @Test func matrixProductGradientsForEveryTransposeCombination() {
        for (transposingA, transposingB) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = randomTensor(transposingA ? [4, 3] : [3, 4], seed: 18)
            let b = randomTensor(transposingB ? [5, 4] : [4, 5], seed: 19)
            expectGradientsMatch([a, b]) { matmul($0[0], $0[1], transposingA: transposingA, transposingB: transposingB) }
        }
    }

    @Test func fusedLinearGradientsWithAndWithoutBias() {
        let (x, w, b) = (randomTensor([4, 3], seed: 20), randomTensor([3, 2], seed: 21), randomTensor([2], seed: 22))
        expectGradientsMatch([x, w, b]) { linear($0[0], weight: $0[1], bias: $0[2]) }
        expectGradientsMatch([x, w]) { linear($0[0], weight: $0[1], bias: nil) }
    }

    @Test func softmaxAndLogSoftmaxGradients() {
        expectGradientsMatch([randomTensor([3, 5], in: -2..<2, seed: 23)]) { softmax($0[0]) }
        expectGradientsMatch([randomTensor([3, 5], in: -2..<2, seed: 24)]) { logSoftmax($0[0]) }
    }

    @Test func batchStandardizationGradientOverFeaturesAndChannels() {
        expectGradientsMatch([randomTensor([6, 3], in: -2..<2, seed: 25)]) { batchStandardized($0[0]) }
        expectGradientsMatch([randomTensor([2, 3, 2, 2], in: -2..<2, seed: 26)]) { batchStandardized($0[0]) }
    }

    @Test func convolutionGradientsWithStrideAndPadding() {
        let x = randomTensor([2, 2, 5, 5], seed: 27)
        let w = randomTensor([3, 2, 3, 3], seed: 28)
        let b = randomTensor([3], seed: 29)
        expectGradientsMatch([x, w, b]) { conv2d($0[0], weight: $0[1], bias: $0[2], stride: 2, padding: 1) }
        expectGradientsMatch([x, w]) { conv2d($0[0], weight: $0[1], bias: nil) }
    }

    @Test func maxPoolingGradientGoesToEachWindowsMaximum() {
        // A permutation of distinct values spaced 0.05 apart: no ties within h.
        var generator = SeededGenerator(seed: 30)
        let values = (0..<32).map { Float($0) * 0.05 }.shuffled(using: &generator)
        let x = Tensor(shape: [1, 2, 4, 4], scalars: values)
        expectGradientsMatch([x], checker: GradientChecker(step: 0x1p-7)) { maxPool2d($0[0], size: 2) }
    }
}
