/// Layer normalization (Ba et al., 2016): each example is standardized over its own features,
/// y = γ·(x − μ)/√(σ² + ε) + β with μ, σ² taken over the last axis of that example alone.
///
/// Nothing depends on the other examples of the batch, so it behaves the same in training and
/// evaluation and works with a batch of one. Input `[..., F]`; γ (starting at 1) and β
/// (starting at 0) have shape `[F]`.
public final class LayerNorm: Module, Layer {
    /// γ, starting at 1.
    public let scale: Tensor
    /// β, starting at 0.
    public let offset: Tensor
    /// ε, added to the variance before the square root.
    public let epsilon: Float

    /// Layer normalization over the last axis, of length `features`.
    public init(features: Int, epsilon: Float = 1e-5) {
        precondition(features > 0, "layer norm needs at least one feature, got \(features)")
        precondition(epsilon > 0, "layer norm's epsilon must be positive, got \(epsilon)")
        scale = Tensor(shape: [features], scalars: [Float](repeating: 1, count: features), requiresGradient: true)
        offset = Tensor(shape: [features], scalars: [Float](repeating: 0, count: features), requiresGradient: true)
        self.epsilon = epsilon
    }

    /// γ·x̂ + β with x̂ standardized over the last axis.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        let features = scale.count
        precondition(input.shape.last == features, "layer norm of \(features) features got input \(input.shape)")
        // Every row of F values is its own "channel": [1, rows, F].
        let standardize = Standardization(outer: 1, channels: input.count / features, inner: features, epsilon: epsilon)
        return standardize(input).output * scale + offset
    }

    /// "scale" (γ) and "offset" (β).
    public var ownParameters: [(name: String, tensor: Tensor)] { [("scale", scale), ("offset", offset)] }
}
