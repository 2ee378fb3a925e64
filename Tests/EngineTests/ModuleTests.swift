import Engine
import Foundation
import Testing

/// A container as a lesson author writes it: layers in properties, nothing listed by hand.
final class TwoLinear: Module, Layer {
    let hidden: Linear
    let dropout: Dropout
    let output: Linear

    init(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        hidden = Linear(inputs: 4, outputs: 3, generator: &generator)
        dropout = Dropout(probability: 0.5, generator: &generator)
        output = Linear(inputs: 3, outputs: 2, generator: &generator)
    }

    func callAsFunction(_ x: Tensor) -> Tensor { output(dropout(relu(hidden(x)))) }
}

/// The same container with the trace written out, in the order `callAsFunction` runs.
final class TracedTwoLinear: Module, Layer {
    let hidden: Linear
    let activation = ReLU()
    let output: Linear

    init(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        hidden = Linear(inputs: 4, outputs: 3, generator: &generator)
        output = Linear(inputs: 3, outputs: 2, generator: &generator)
    }

    func callAsFunction(_ x: Tensor) -> Tensor { output(activation(hidden(x))) }

    func traced(_ x: Tensor, into trace: inout [LayerOutput]) -> Tensor {
        output.traced(activation.traced(hidden.traced(x, into: &trace), into: &trace), into: &trace)
    }
}

/// Layers in an optional, an array, and one layer held twice.
final class Holder: Module, Layer {
    let first: ReLU
    let maybe: (any Layer)?
    let missing: Linear? = nil
    let rest: [any Layer]
    let again: ReLU

    override init() {
        let relu = ReLU()
        first = relu
        maybe = Tanh()
        rest = [Sigmoid(), GELU()]
        again = relu
    }

    func callAsFunction(_ x: Tensor) -> Tensor { x }
}

/// Layers kept where they have no order.
final class ByName: Module, Layer {
    let layers: [String: any Layer] = ["a": ReLU(), "b": Tanh()]
    func callAsFunction(_ x: Tensor) -> Tensor { x }
}

/// The module machinery: children found in stored properties, the training flag set once for
/// a whole model, and everything that walks a model working on a container written by hand.
struct ModuleTests {
    @Test func customContainerFindsItsLayersInDeclarationOrder() {
        let model = TwoLinear(seed: 1)
        #expect(model.sublayers.map(\.kind) == ["Linear", "Dropout", "Linear"])
        #expect(model.sublayers[0] === model.hidden && model.sublayers[2] === model.output)
        #expect(model.namedParameters.map(\.name) == ["Linear 1.weight", "Linear 1.bias", "Linear 2.weight", "Linear 2.bias"])
        #expect(model.parameterCount == 4 * 3 + 3 + 3 * 2 + 2)
        #expect(model.parameters.map(ObjectIdentifier.init)
                == [model.hidden.weight, model.hidden.bias!, model.output.weight, model.output.bias!].map(ObjectIdentifier.init))
    }

    @Test func optionalsArraysAndSharedLayersAreFoundOnce() {
        let model = Holder()
        #expect(model.sublayers.map(\.kind) == ["ReLU", "Tanh", "Sigmoid", "GELU"])
        #expect(model.namedLayers.map(\.name) == ["Holder 1", "ReLU 1", "Tanh 1", "Sigmoid 1", "GELU 1"])
    }

    @Test func containersOfTheEngineListTheirLayersAsBefore() {
        var generator = SeededGenerator(seed: 2)
        let block = Residual(projection: Residual.projection(from: 3, to: 2, generator: &generator)) {
            Linear(inputs: 3, outputs: 2, generator: &generator)
            ReLU()
        }
        #expect(block.sublayers.count == 2)
        #expect(block.sublayers[0] === block.body && block.sublayers[1] === block.projection)
        let mlp = MLP(widths: [3, 4, 2], activation: .tanh, seed: 3)
        #expect(mlp.sublayers.map(ObjectIdentifier.init) == mlp.layers.map(ObjectIdentifier.init))
    }

    @Test func settingTrainingReachesEveryLayerOfACustomContainer() {
        let model = Sequential([TwoLinear(seed: 4), MLP(widths: [2, 2, 2], activation: .relu, dropout: 0.5, seed: 5)])
        #expect(model.allLayers.count == 1 + 4 + 1 + 4)
        model.setTraining(false)
        #expect(model.allLayers.allSatisfy { !$0.isTraining })
        let x = Tensor(repeating: 1, shape: [8, 4])
        #expect(model(x).scalars == model(x).scalars)  // no dropout in evaluation
        model.setTraining(true)
        #expect(model.allLayers.allSatisfy { $0.isTraining })
    }

    @Test func freezingPartOfACustomContainerLeavesTheRestTrainable() {
        let model = TwoLinear(seed: 6)
        model.hidden.freeze()
        #expect(model.parameterCount == 3 * 2 + 2)
        #expect(!model.isFrozen)
        model.freeze()
        #expect(model.isFrozen)
        model.unfreeze()
        #expect(model.parameterCount == 4 * 3 + 3 + 3 * 2 + 2)
    }

    @Test func customContainerSavesAndLoadsByName() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("module-\(UUID()).dtcm")
        defer { try? FileManager.default.removeItem(at: url) }
        let trained = TwoLinear(seed: 7)
        try trained.save(to: url)
        let fresh = TwoLinear(seed: 8)
        #expect(ModelState(of: fresh) != ModelState(of: trained))
        try fresh.load(from: url)
        #expect(ModelState(of: fresh) == ModelState(of: trained))
    }

    @Test func customContainerWithATraceGivesDiagnosticsForEveryLayer() {
        let model = TracedTwoLinear(seed: 9)
        var generator = SeededGenerator(seed: 10)
        let x = Tensor(randomNormal: [5, 4], generator: &generator)
        var trace: [LayerOutput] = []
        #expect(model.traced(x, into: &trace).scalars == model(x).scalars)
        #expect(trace.map(\.layer.kind) == ["Linear", "ReLU", "Linear"])
        #expect(model.activationStatistics(on: x).map(\.name) == ["ReLU 1"])
        let batch = Batch(inputs: x, labels: [0, 1, 0, 1, 1])
        #expect(model.gradientNorms(on: batch).map(\.name) == ["Linear 1", "Linear 2"])
    }

    @Test func tracingAContainerWithoutATraceStopsTheProgram() async throws {
        let result = try await #require(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var trace: [LayerOutput] = []
            _ = TwoLinear(seed: 11).traced(Tensor(repeating: 1, shape: [1, 4]), into: &trace)
        }
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(message.contains("TwoLinear holds layers (Linear, Dropout, Linear) but has no traced(_:into:)"))
    }

    @Test func layersKeptInADictionaryStopTheProgram() async throws {
        let result = try await #require(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = ByName().sublayers
        }
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(message.contains("ByName.layers keeps layers in a dictionary"))
    }

    @Test func dictionariesWithoutLayersAreNotChildren() {
        final class Counts: Module, Layer {
            let seen: [String: Int] = ["a": 1]
            let pair = (1, "one")
            func callAsFunction(_ x: Tensor) -> Tensor { x }
        }
        #expect(Counts().sublayers.isEmpty)
    }
}
