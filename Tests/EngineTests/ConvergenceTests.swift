import Engine
import Testing

/// Small problems the engine must solve, and the vanishing-gradient phenomenon it must show.
struct ConvergenceTests {
    @Test func smallTanhNetworkLearnsXOR() {
        let model = MLP(widths: [2, 8, 2], activation: .tanh, seed: 3)
        let history = fit(model, on: xorSet(), epochs: 300, batchSize: 4, optimizer: Adam(learningRate: 0.05), seed: 1)
        let result = evaluate(model, on: xorSet())
        #expect(result.accuracy == 1)
        #expect(result.loss < 0.05)
        #expect(history.trainingLosses.last ?? 1 < history.trainingLosses.first ?? 0)
    }

    @Test func linearLayerFitsALine() {
        // y = 2x + 1 exactly, for 32 points in [−1, 1]: SGD on the mean squared error finds w = 2, b = 1.
        let x = (0..<32).map { Float($0) / 15.5 - 1 }
        let data = Dataset(features: Tensor(shape: [32, 1], scalars: x), targets: Tensor(shape: [32, 1], scalars: x.map { 2 * $0 + 1 }))
        var generator = SeededGenerator(seed: 4)
        let layer = Linear(inputs: 1, outputs: 1, generator: &generator)
        let history = fit(layer, on: data, epochs: 200, batchSize: 8, optimizer: SGD(learningRate: 0.1),
                          loss: .meanSquaredError, seed: 2)
        #expect(abs(layer.weight.scalars[0] - 2) < 1e-3)
        #expect(abs((layer.bias?.scalars[0] ?? 0) - 1) < 1e-3)
        #expect(history.trainingAccuracies.allSatisfy { $0.isNaN })  // no accuracy for regression
    }

    @Test func deepSigmoidNetworkGradientsVanishTowardTheInputButReLUOnesDoNot() {
        // Ten hidden layers of 32: at initialization the first layer's gradient is orders of
        // magnitude below the last one's with sigmoid + Xavier, and within one order with ReLU + He.
        let data = randomClassificationSet(count: 64, features: 64, classes: 10, seed: 5)
        let batch = data.batches(of: 64)[0]
        let widths = [64] + Array(repeating: 32, count: 10) + [10]
        let sigmoidNorms = MLP(widths: widths, activation: .sigmoid, initializer: .xavierNormal, seed: 6)
            .gradientNorms(on: batch).map(\.norm)
        let reluNorms = MLP(widths: widths, activation: .relu, initializer: .heNormal, seed: 6)
            .gradientNorms(on: batch).map(\.norm)
        #expect(sigmoidNorms.count == 11 && reluNorms.count == 11)
        let sigmoidRatio = (sigmoidNorms.first ?? 0) / (sigmoidNorms.last ?? 1)
        let reluRatio = (reluNorms.first ?? 0) / (reluNorms.last ?? 1)
        #expect(sigmoidRatio < 1e-3, "sigmoid first/last gradient norm ratio \(sigmoidRatio)")
        #expect(reluRatio > 0.1, "ReLU first/last gradient norm ratio \(reluRatio)")
    }
}
