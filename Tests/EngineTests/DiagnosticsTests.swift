import Engine
import Testing

/// Per-layer gradient norms, activation statistics and update-to-weight ratios.
struct DiagnosticsTests {
    @Test func gradientNormsAreNamedPerWeightLayerAndLeaveNoGradientBehind() {
        let model = MLP(widths: [4, 5, 5, 2], activation: .tanh, seed: 1)
        let batch = Batch(inputs: Tensor(repeating: 0.3, shape: [3, 4]), labels: [0, 1, 1])
        let norms = model.gradientNorms(on: batch)
        #expect(norms.map(\.name) == ["Linear 1", "Linear 2", "Linear 3"])
        #expect(norms.allSatisfy { $0.norm > 0 })
        #expect(model.parameters.allSatisfy { ($0.gradientScalars ?? [0]).allSatisfy { $0 == 0 } })
    }

    @Test func reluUnitsWithVeryNegativeBiasesAreDead() {
        var generator = SeededGenerator(seed: 2)
        let linear = Linear(inputs: 3, outputs: 4, generator: &generator)
        linear.bias?.scalars = [-100, -100, 5, 5]  // two units can never be positive
        let model = Sequential([linear, ReLU()])
        let statistics = model.activationStatistics(on: randomTensor([16, 3], seed: 3))
        #expect(statistics.count == 1 && statistics[0].name == "ReLU 1")
        #expect(statistics[0].deadShare == 0.5)
        #expect(statistics[0].saturatedShare == 0)
    }

    @Test func sigmoidUnitsWithHugeInputsSaturate() {
        var generator = SeededGenerator(seed: 4)
        let model = Sequential {
            Linear(inputs: 8, outputs: 16, initializer: .normal(standardDeviation: 50), generator: &generator)
            Sigmoid()
        }
        let statistics = model.activationStatistics(on: randomTensor([32, 8], seed: 5))
        #expect(statistics[0].saturatedShare > 0.9)
        #expect(statistics[0].values.count == 32 * 16)
        #expect(statistics[0].standardDeviation > 0.4)  // outputs pile up near 0 and 1
    }

    @Test func updateRatioOfAnSGDStepIsLearningRateTimesGradientOverWeight() {
        // ΔW = −η·g, so ‖ΔW‖/‖W‖ = η·‖g‖/‖W‖.
        let model = MLP(widths: [3, 4, 2], activation: .relu, seed: 6)
        let batch = Batch(inputs: randomTensor([5, 3], seed: 7), labels: [0, 1, 0, 1, 1])
        crossEntropy(model(batch.inputs), labels: batch.labels).backward()
        let expected = model.weightedLayers.map { entry in
            let g = entry.layer.weight.gradientScalars ?? []
            let w = entry.layer.weight.scalars
            let gradientNorm = g.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
            let weightNorm = w.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
            return 0.01 * gradientNorm / weightNorm
        }
        let snapshot = model.weightSnapshot()
        SGD(learningRate: 0.01).step(model)
        let ratios = model.updateToWeightRatios(since: snapshot)
        #expect(ratios.map(\.name) == ["Linear 1", "Linear 2"])
        for (ratio, value) in zip(ratios.map(\.ratio), expected) { #expect(abs(ratio - value) < 1e-4 * value) }
    }

    @Test func layerMonitorSamplesDuringTraining() {
        let monitor = LayerMonitor(every: 2)
        let data = randomClassificationSet(count: 40, features: 4, classes: 2, seed: 8)
        fit(MLP(widths: [4, 6, 2], activation: .relu, seed: 9), on: data, epochs: 2, batchSize: 10,
            optimizer: SGD(learningRate: 0.1), callbacks: [monitor])
        #expect(monitor.layerNames == ["Linear 1", "Linear 2"])
        #expect(monitor.samples.map(\.step) == [2, 4, 6, 8])  // 8 steps, every second one
        #expect(monitor.samples.allSatisfy { $0.gradientNorms.count == 2 && $0.updateRatios.allSatisfy { $0 > 0 } })
    }
}
