/// A residual block: y = F(x) + P(x), where F is the block's body and P is the identity
/// (a skip connection) or, when F changes the width, a learned linear projection.
///
/// The skip path is why deep residual networks train: ∂y/∂x = ∂F/∂x + I, so the gradient
/// reaches earlier layers through the identity even when ∂F/∂x is tiny (He et al., 2016).
public final class Residual: Module, Layer {
    // `body` is declared before `projection`: `Module` finds layers in declaration order, so
    // the body's layers are named and saved first.

    /// F, the transformation whose output is added to the input.
    public let body: Sequential
    /// P, mapping the input to F's width; `nil` for the identity.
    public let projection: (any Layer)?

    /// y = F(x) + P(x) with the body F listed in `build` and the skip path P given by
    /// `projection` (the identity when `nil`; see `Residual.projection(from:to:generator:)`).
    public init(projection: (any Layer)? = nil, @LayerBuilder _ build: () -> [any Layer]) {
        body = Sequential(build())
        self.projection = projection
    }

    /// The skip path for a body from `inputs` to `outputs` features: `nil` (the identity) when
    /// the widths match, otherwise a linear projection without bias drawn by `initializer`.
    public static func projection(from inputs: Int, to outputs: Int, initializer: Initializer = .xavierUniform,
                                  generator: inout SeededGenerator) -> (any Layer)? {
        inputs == outputs
            ? nil
            : Linear(inputs: inputs, outputs: outputs, bias: false, initializer: initializer, generator: &generator)
    }

    /// F(x) + P(x).
    public func callAsFunction(_ input: Tensor) -> Tensor {
        combine(body(input), input)
    }

    /// Traces the body's layers, then records the block's sum.
    public func traced(_ input: Tensor, into trace: inout [LayerOutput]) -> Tensor {
        let output = combine(body.traced(input, into: &trace), input)
        trace.append(LayerOutput(layer: self, output: output))
        return output
    }

    private func combine(_ transformed: Tensor, _ input: Tensor) -> Tensor {
        let skip = projection.map { $0(input) } ?? input
        precondition(transformed.shape == skip.shape,
                     "a residual block's body maps \(input.shape) to \(transformed.shape); give it a projection (Residual.projection(from:to:generator:)) when widths differ")
        return transformed + skip
    }
}
