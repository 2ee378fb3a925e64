/// A multilayer perceptron built from a list of widths: the workhorse of the lessons.
///
/// `MLP(widths: [64, 32, 32, 10], activation: .relu, ...)` is
/// Linear(64→32) · [norm] · ReLU · [dropout] · Linear(32→32) · [norm] · ReLU · [dropout] · Linear(32→10):
/// every hidden layer is a linear map, an optional normalization, the activation and an
/// optional dropout; the last linear layer outputs raw scores (logits) with no activation.
public final class MLP: Sequential {
    /// The normalization inserted after each hidden linear layer.
    public enum Normalization: Sendable, Equatable {
        /// `BatchNorm`.
        case batch
        /// `LayerNorm`.
        case layer
        /// `RMSNorm`.
        case rms
    }

    /// The widths the network was built from: inputs, hidden layers, outputs.
    public let widths: [Int]

    /// A perceptron whose layer widths are `widths` (at least inputs and outputs).
    ///
    /// - Parameters:
    ///   - activation: the function after each hidden layer.
    ///   - initializer: how the linear layers' weights are drawn; by default the one matched
    ///     to the activation (`activation.recommendedInitializer`).
    ///   - normalization: a normalization layer after each hidden linear layer, or none.
    ///   - dropout: the dropout probability after each hidden activation (0 for none).
    ///   - generator: the source of the initial weights and of dropout/RReLU randomness.
    public init(widths: [Int], activation: Activation, initializer: Initializer? = nil,
                normalization: Normalization? = nil, dropout: Float = 0, generator: inout SeededGenerator) {
        precondition(widths.count >= 2, "an MLP needs at least an input and an output width, got \(widths)")
        precondition(widths.allSatisfy { $0 > 0 }, "every width must be positive, got \(widths)")
        precondition(dropout >= 0 && dropout < 1, "a dropout probability must be in [0, 1), got \(dropout)")
        self.widths = widths
        let initializer = initializer ?? activation.recommendedInitializer
        var layers: [any Layer] = []
        for (index, (inputs, outputs)) in zip(widths, widths.dropFirst()).enumerated() {
            layers.append(Linear(inputs: inputs, outputs: outputs, initializer: initializer, generator: &generator))
            guard index < widths.count - 2 else { break }  // no activation after the output layer
            switch normalization {
            case .batch: layers.append(BatchNorm(features: outputs))
            case .layer: layers.append(LayerNorm(features: outputs))
            case .rms: layers.append(RMSNorm(features: outputs))
            case nil: break
            }
            layers.append(activation.makeLayer(generator: &generator))
            if dropout > 0 { layers.append(Dropout(probability: dropout, generator: &generator)) }
        }
        super.init(layers)
    }

    /// A perceptron as above, its randomness drawn from a generator seeded with `seed`.
    public convenience init(widths: [Int], activation: Activation, initializer: Initializer? = nil,
                            normalization: Normalization? = nil, dropout: Float = 0, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        self.init(widths: widths, activation: activation, initializer: initializer,
                  normalization: normalization, dropout: dropout, generator: &generator)
    }

    /// The linear layers, in order (the first is the input layer, the last the output layer).
    public var linearLayers: [Linear] { layers.compactMap { $0 as? Linear } }
}
