import Engine
import Testing

/// The layer protocol's walks: names, parameters, modes, freezing, dropout behaviour.
struct LayerTests {
    @Test func parametersAreNamedByLayerKindAndPosition() {
        let model = MLP(widths: [4, 3, 2], activation: .relu, normalization: .batch, seed: 1)
        #expect(model.namedParameters.map(\.name) == [
            "Linear 1.weight", "Linear 1.bias", "BatchNorm 1.scale", "BatchNorm 1.offset",
            "Linear 2.weight", "Linear 2.bias",
        ])
        #expect(model.namedBuffers.map(\.name) == ["BatchNorm 1.runningMean", "BatchNorm 1.runningVariance"])
        // 4·3 + 3 (Linear 1) + 3 + 3 (BatchNorm) + 3·2 + 2 (Linear 2) = 29
        #expect(model.parameterCount == 29)
        #expect(model.namedLayers.map(\.name) == ["MLP 1", "Linear 1", "BatchNorm 1", "ReLU 1", "Linear 2"])
    }

    @Test func mlpBuildsLinearNormActivationDropoutPerHiddenLayer() {
        let model = MLP(widths: [5, 4, 4, 3], activation: .gelu, normalization: .layer, dropout: 0.1, seed: 2)
        #expect(model.layers.map(\.kind) == ["Linear", "LayerNorm", "GELU", "Dropout",
                                            "Linear", "LayerNorm", "GELU", "Dropout", "Linear"])
        #expect(model.linearLayers.map(\.outputs) == [4, 4, 3])
        #expect(model(Tensor(repeating: 0.5, shape: [2, 5])).shape == [2, 3])
    }

    @Test func sequentialBuilderAcceptsLoopsAndConditions() {
        var generator = SeededGenerator(seed: 3)
        let deep = true
        let model = Sequential {
            Linear(inputs: 2, outputs: 4, generator: &generator)
            for _ in 0..<3 {
                Linear(inputs: 4, outputs: 4, generator: &generator)
                Tanh()
            }
            if deep { Sigmoid() } else { ReLU() }
        }
        #expect(model.layers.count == 8)
        #expect(model.layers.last is Sigmoid)
    }

    @Test func trainingModeIsSetRecursively() {
        let model = Sequential([MLP(widths: [3, 3, 3], activation: .relu, dropout: 0.5, seed: 4), Flatten()])
        model.setTraining(false)
        #expect(model.allLayers.allSatisfy { !$0.isTraining })
        model.setTraining(true)
        #expect(model.allLayers.allSatisfy { $0.isTraining })
    }

    @Test func dropoutZeroesAShareAndRescalesTheRestOnlyWhileTraining() {
        var generator = SeededGenerator(seed: 5)
        let layer = Dropout(probability: 0.25, generator: &generator)
        let x = Tensor(repeating: 1, shape: [100, 100])
        let y = layer(x).scalars
        let dropped = Double(y.filter { $0 == 0 }.count) / Double(y.count)
        #expect(abs(dropped - 0.25) < 0.02)
        // Survivors are scaled by 1/(1 − 0.25) = 4/3, so the mean stays near 1.
        #expect(y.allSatisfy { $0 == 0 || abs($0 - 4.0 / 3) < 1e-6 })
        layer.setTraining(false)
        #expect(layer(x).scalars == x.scalars)
    }

    /// The mask is built without a branch, from integers; it must keep exactly the values whose
    /// draw `nextUnitFloat()` is below 1 − p, as the definition reads.
    @Test(arguments: [Float(0.5), 0.3, 0.1, 0.77])
    func dropoutKeepsExactlyTheValuesWhoseDrawIsBelowTheKeepProbability(probability: Float) {
        var generator = SeededGenerator(seed: 9)
        var replay = generator
        let y = dropout(Tensor(repeating: 1, shape: [1000]), probability: probability, generator: &generator).scalars
        let keep = 1 - probability
        #expect(y == (0..<1000).map { _ in replay.nextUnitFloat() < keep ? 1 / keep : 0 })
    }

    @Test func rreluUsesTheMeanSlopeInEvaluation() {
        var generator = SeededGenerator(seed: 6)
        let layer = RReLU(lower: 0.1, upper: 0.3, generator: &generator)
        let training = layer(Tensor([-1, -1, -1, 2])).scalars
        #expect(training[3] == 2 && training[..<3].allSatisfy { $0 <= -0.1 && $0 >= -0.3 })
        layer.setTraining(false)
        #expect(abs(layer(Tensor([-1])).scalars[0] + 0.2) < 1e-6)
    }

    @Test func convolutionalNetworkRunsEndToEnd() {
        var generator = SeededGenerator(seed: 7)
        let model = Sequential {
            Conv2d(inputChannels: 1, outputChannels: 4, kernelSize: 3, padding: 1, generator: &generator)
            ReLU()
            MaxPool2d(size: 2)
            Flatten()
            Linear(inputs: 4 * 4 * 4, outputs: 10, generator: &generator)
        }
        #expect(model(Tensor(repeating: 0.1, shape: [2, 1, 8, 8])).shape == [2, 10])
        // 4·1·3·3 + 4 (Conv2d) + 64·10 + 10 (Linear) = 40 + 650
        #expect(model.parameterCount == 690)
    }

    @Test func initializersHaveTheirDocumentedSpread() {
        var generator = SeededGenerator(seed: 8)
        func deviation(_ initializer: Initializer) -> Double {
            let w = initializer.weights(count: 40_000, fanIn: 200, fanOut: 100, generator: &generator).map(Double.init)
            let mean = w.reduce(0, +) / Double(w.count)
            return (w.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(w.count)).squareRoot()
        }
        // Standard deviations: He √(2/200) = 0.1; Xavier √(2/300) = 0.08165; LeCun √(1/200) = 0.07071;
        // a uniform U(−a, a) has a/√3: He uniform √(6/200)/√3 = 0.1 again.
        #expect(abs(deviation(.heNormal) - 0.1) < 0.003)
        #expect(abs(deviation(.heUniform) - 0.1) < 0.003)
        #expect(abs(deviation(.xavierNormal) - 0.081_65) < 0.003)
        #expect(abs(deviation(.xavierUniform) - 0.081_65) < 0.003)
        #expect(abs(deviation(.lecunNormal) - 0.070_71) < 0.003)
        #expect(abs(deviation(.lecunUniform) - 0.070_71) < 0.003)
        #expect(abs(deviation(.normal(standardDeviation: 2)) - 2) < 0.05)
        #expect(deviation(.zeros) == 0)
    }

    @Test func blasThreadCountCanBeChosen() {
        #expect(BLAS.threadCount == 1)
    }
}
