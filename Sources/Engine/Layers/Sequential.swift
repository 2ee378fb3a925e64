/// Layers applied one after another: y = fₙ(…f₂(f₁(x))).
public class Sequential: Layer {
    /// The layers, in the order they run.
    public let layers: [any Layer]
    /// Whether the model is in training mode (see `setTraining(_:)`).
    public var isTraining = true

    /// A chain of `layers`.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    /// A chain of the layers listed in `build`, one per line.
    public convenience init(@LayerBuilder _ build: () -> [any Layer]) {
        self.init(build())
    }

    /// Runs the input through every layer in turn.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        layers.reduce(input) { x, layer in layer(x) }
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
