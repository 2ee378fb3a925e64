/// A fully connected (dense) layer: y = x·W + b.
///
/// Shapes: x `[B, I]`, W `[I, O]`, b `[O]`, y `[B, O]`. Each output is a weighted sum of all
/// inputs plus a bias. W is drawn by `initializer` (fan-in I, fan-out O); b starts at zero.
/// Forward and backward are one fused primitive (`linear`), two BLAS products each way.
public final class Linear: Module, WeightedLayer {
    /// `[I, O]`.
    public let weight: Tensor
    /// `[O]`, or `nil` for a layer without bias.
    public let bias: Tensor?

    /// A layer from `inputs` features to `outputs` features.
    public init(inputs: Int, outputs: Int, bias: Bool = true,
                initializer: Initializer = .xavierUniform, generator: inout SeededGenerator) {
        precondition(inputs > 0 && outputs > 0, "a linear layer needs at least one input and one output, got \(inputs) → \(outputs)")
        weight = Tensor(shape: [inputs, outputs],
                        scalars: initializer.weights(count: inputs * outputs, fanIn: inputs, fanOut: outputs, generator: &generator),
                        requiresGradient: true)
        self.bias = bias ? Tensor(shape: [outputs], scalars: [Float](repeating: 0, count: outputs), requiresGradient: true) : nil
    }

    /// The number of input features, I.
    public var inputs: Int { weight.shape[0] }
    /// The number of output features, O.
    public var outputs: Int { weight.shape[1] }

    /// x·W + b.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        linear(input, weight: weight, bias: bias)
    }

    /// "weight" and, if present, "bias".
    public var ownParameters: [(name: String, tensor: Tensor)] {
        [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
    }
}

/// A layer with one main weight tensor (linear and convolutional layers), which per-layer
/// diagnostics such as gradient norms report on.
public protocol WeightedLayer: Layer {
    /// The main weight tensor.
    var weight: Tensor { get }
}
