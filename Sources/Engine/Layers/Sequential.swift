/// Layers applied one after another: y = fₙ(…f₂(f₁(x))).
public class Sequential: Layer {
    /// The layers, in the order they run.
    public let layers: [any Layer]
    /// Whether the model is in training mode (see `setTraining(_:)`).
    public var isTraining = true

    /// The layers as forward steps, worked out once (`layers` never changes).
    private let steps: [Step]

    /// A chain of `layers`.
    public init(_ layers: [any Layer]) {
        self.layers = layers
        self.steps = Self.steps(for: layers)
    }

    /// A chain of the layers listed in `build`, one per line.
    public convenience init(@LayerBuilder _ build: () -> [any Layer]) {
        self.init(build())
    }

    /// Runs the input through every layer in turn.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        steps.reduce(input) { x, step in
            switch step {
            case .layer(let layer): layer(x)
            case .fused(let linear, let activation): activation.applied(after: linear, to: x)
            }
        }
    }

    /// One step of the forward pass: a layer, or a linear layer fused with the element-wise
    /// activation after it (same values and gradients, one node of the graph instead of two).
    private enum Step {
        case layer(any Layer)
        case fused(Linear, any FusableActivation)
    }

    /// `layers` as forward steps: each linear layer followed by a fusable activation is one step.
    private static func steps(for layers: [any Layer]) -> [Step] {
        var steps: [Step] = []
        var index = layers.startIndex
        while index < layers.endIndex {
            if index + 1 < layers.endIndex, let linear = layers[index] as? Linear,
               let activation = layers[index + 1] as? any FusableActivation {
                steps.append(.fused(linear, activation))
                index += 2
            } else {
                steps.append(.layer(layers[index]))
                index += 1
            }
        }
        return steps
    }

    /// The layers, in order.
    public var sublayers: [any Layer] { layers }

    /// Traces every layer in turn.
    public func traced(_ input: Tensor, into trace: inout [LayerOutput]) -> Tensor {
        var x = input
        for layer in layers { x = layer.traced(x, into: &trace) }
        return x
    }
}
