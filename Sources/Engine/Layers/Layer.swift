/// A building block of a network: a function of a tensor with (possibly) trainable parameters.
///
/// Layers are classes: a model is one object graph whose parameters the optimizer updates in
/// place. Containers (`Sequential`, `Residual`, `MLP`) list their `sublayers`; everything that
/// walks a model (parameters, training mode, freezing, naming, saving) goes through them.
public protocol Layer: AnyObject {
    /// The layer's output for `input` (a batch: the first axis is the example).
    func callAsFunction(_ input: Tensor) -> Tensor

    /// The trainable tensors this layer owns itself (not its sublayers'), with short names
    /// such as "weight" and "bias".
    var ownParameters: [(name: String, tensor: Tensor)] { get }

    /// State that is not trained by gradients but is saved with the model, such as batch
    /// norm's running mean and variance.
    var ownBuffers: [(name: String, tensor: Tensor)] { get }

    /// The layers inside this one, in the order they run.
    var sublayers: [any Layer] { get }

    /// Whether the layer behaves as in training (dropout drops, batch norm uses batch
    /// statistics) or as in evaluation. Set it for a whole model with `setTraining(_:)`.
    var isTraining: Bool { get set }

    /// Computes the output like `callAsFunction`, appending the output of every layer it
    /// runs (itself or its sublayers) to `trace`; diagnostics use it to look inside a model.
    func traced(_ input: Tensor, into trace: inout [LayerOutput]) -> Tensor
}

/// One layer's output recorded while tracing a forward pass.
public struct LayerOutput {
    /// The layer that produced `output`.
    public let layer: any Layer
    /// What it produced.
    public let output: Tensor
}

extension Layer {
    /// No parameters, by default.
    public var ownParameters: [(name: String, tensor: Tensor)] { [] }
    /// No buffers, by default.
    public var ownBuffers: [(name: String, tensor: Tensor)] { [] }
    /// No sublayers, by default.
    public var sublayers: [any Layer] { [] }

    /// Records this layer's own output (containers record their sublayers' instead).
    public func traced(_ input: Tensor, into trace: inout [LayerOutput]) -> Tensor {
        let output = self(input)
        trace.append(LayerOutput(layer: self, output: output))
        return output
    }

    /// The layer's type name, used in reports: "Linear", "Conv2d", "ReLU".
    public var kind: String { String(describing: type(of: self)) }

    /// Puts this layer and every layer inside it into training (`true`) or evaluation mode.
    public func setTraining(_ training: Bool) {
        isTraining = training
        for layer in sublayers { layer.setTraining(training) }
    }

    /// This layer and every layer inside it, depth first, parents before children.
    public var allLayers: [any Layer] {
        [self] + sublayers.flatMap(\.allLayers)
    }
}
