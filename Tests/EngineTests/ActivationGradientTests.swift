import Engine
import Testing

/// Every activation function's backward rule against central finite differences.
struct ActivationGradientTests {
    @Test func sigmoidGradient() {
        expectGradientsMatch([randomTensor([4, 5], in: -4..<4, seed: 1)]) { sigmoid($0[0]) }
    }

    @Test func reluGradientAwayFromTheKink() {
        expectGradientsMatch([awayFromZero([4, 5], seed: 2)]) { relu($0[0]) }
    }

    @Test func leakyReLUGradientAwayFromTheKink() {
        expectGradientsMatch([awayFromZero([4, 5], seed: 3)]) { leakyReLU($0[0], slope: 0.1) }
    }

    @Test func geluGradient() {
        expectGradientsMatch([randomTensor([4, 5], in: -3..<3, seed: 4)]) { gelu($0[0]) }
    }

    @Test func siluGradient() {
        expectGradientsMatch([randomTensor([4, 5], in: -4..<4, seed: 5)]) { silu($0[0]) }
    }

    @Test func mishGradient() {
        expectGradientsMatch([randomTensor([4, 5], in: -4..<4, seed: 6)]) { mish($0[0]) }
    }

    @Test func preluGradientReachesTheLearnedSlope() {
        let layer = PReLU(initialSlope: 0.3)
        // The layer reads its own slope tensor, which the checker perturbs as the second input.
        expectGradientsMatch([awayFromZero([3, 4], seed: 7), layer.slope]) { inputs in layer(inputs[0]) }
    }

    @Test func rreluGradientInTrainingAndEvaluation() {
        // A fresh layer from the same seed draws the same slopes on every call.
        func layer(training: Bool) -> RReLU {
            var generator = SeededGenerator(seed: 8)
            let layer = RReLU(generator: &generator)
            layer.setTraining(training)
            return layer
        }
        expectGradientsMatch([awayFromZero([3, 4], seed: 9)]) { layer(training: true)($0[0]) }
        expectGradientsMatch([awayFromZero([3, 4], seed: 10)]) { layer(training: false)($0[0]) }
    }

    @Test func everyActivationCurveDerivativeMatchesFiniteDifferences() {
        let points: [Float] = [-2.5, -1.2, -0.3, 0.4, 1.1, 2.7]
        let activations: [Activation] = [.sigmoid, .tanh, .relu, .leakyReLU(slope: 0.05), .prelu(initialSlope: 0.2),
                                         .rrelu(lower: 0.1, upper: 0.3), .gelu, .silu, .mish]
        for activation in activations {
            let (values, derivatives) = activation.curve(at: points)
            let h: Float = 1e-2
            let above = activation.curve(at: points.map { $0 + h }).values
            let below = activation.curve(at: points.map { $0 - h }).values
            for index in points.indices {
                let numerical = Double(above[index] - below[index]) / Double(2 * h)
                #expect(abs(Double(derivatives[index]) - numerical) < 2e-3, "\(activation.name) at \(points[index])")
            }
            #expect(values.count == points.count)
        }
    }
}
