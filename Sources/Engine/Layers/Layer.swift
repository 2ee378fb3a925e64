/// A building block of a network: a function of a tensor with (possibly) trainable parameters.
///
/// Layers are classes that inherit from `Module`: a model is one object graph whose
/// parameters the optimizer updates in place. `Module` keeps the training flag and finds the
/// layers inside a layer in its stored properties (`sublayers`); everything that walks a
/// model (parameters, training mode, freezing, naming, saving) goes through them, so a
/// container written by hand needs no list of its own.
public protocol Layer: Module {
    /// The layer's output for `input` (a batch: the first axis is the example).
    func callAsFunction(_ input: Tensor) -> Tensor

    /// The trainable tensors this layer owns itself (not its sublayers'), with short names
    /// such as "weight" and "bias".
    var ownParameters: [(name: String, tensor: Tensor)] { get }

    /// State that is not trained by gradients but is saved with the model, such as batch
    /// norm's running mean and variance.
    var ownBuffers: [(name: String, tensor: Tensor)] { get }

    /// Computes the output like `callAsFunction`, appending the output of every layer it
    /// runs (itself or its sublayers) to `trace`; diagnostics use it to look inside a model.
    ///
    /// A layer without sublayers records its own output. A container must say in which order
    /// its sublayers run (`Sequential` and `Residual` do): one that does not stops the
    /// program when traced, rather than give diagnostics that miss its layers.
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

    /// Records this layer's own output; a layer holding others stops the program instead,
    /// since only its `callAsFunction` knows how they are combined.
    public func traced(_ input: Tensor, into trace: inout [LayerOutput]) -> Tensor {
        let inside = sublayers
        // fatalError, not precondition: the engine is built optimized, where a precondition's
        // message is dropped, and this one tells the author what to write.
        guard inside.isEmpty else {
            fatalError("""
                \(kind) holds layers (\(inside.map(\.kind).joined(separator: ", "))) but has no \
                traced(_:into:), so diagnostics cannot see inside it: write one that passes `trace` \
                to each layer's traced(_:into:) in the order callAsFunction runs them, or build the \
                model as a Sequential
                """)
        }
        let output = self(input)
        trace.append(LayerOutput(layer: self, output: output))
        return output
    }

    /// The layer's type name, used in reports: "Linear", "Conv2d", "ReLU".
    public var kind: String { String(describing: type(of: self)) }

    /// This layer and every layer inside it, depth first, parents before children.
    public var allLayers: [any Layer] {
        [self] + sublayers.flatMap(\.allLayers)
    }
}
