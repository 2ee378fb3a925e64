/// Layers applied one after another: y = fₙ(…f₂(f₁(x))).
public class Sequential: Module, Layer {
    /// The layers, in the order they run.
    public let layers: [any Layer]

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
        var untraced: [LayerOutput]?
        return forward(input, trace: &untraced)
    }

    /// Traces every layer in turn, through the same steps as training: a fused linear layer
    /// and activation record z = x·W + b and f(z) from the one fused primitive.
    public func traced(_ input: Tensor, into trace: inout [LayerOutput]) -> Tensor {
        var recorded: [LayerOutput]? = trace
        defer { trace = recorded ?? [] }
        return forward(input, trace: &recorded)
    }

    /// The forward pass, appending each layer's output to `trace` unless it is `nil`.
    private func forward(_ input: Tensor, trace: inout [LayerOutput]?) -> Tensor {
        var x = input
        for step in steps {
            switch step {
            case .layer(let layer):
                x = trace == nil ? layer(x) : layer.traced(x, into: &trace!)
            case .fused(let linear, let activation):
                let (output, preActivation) = activation.applied(after: linear, to: x,
                                                                 keepingPreActivation: trace != nil)
                if let preActivation {
                    let linearOutput = Tensor(shape: output.shape, scalars: preActivation)
                    trace?.append(LayerOutput(layer: linear, output: linearOutput))
                    trace?.append(LayerOutput(layer: activation, output: output))
                }
                x = output
            }
        }
        return x
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
}
