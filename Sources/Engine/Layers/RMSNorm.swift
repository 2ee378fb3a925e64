/// Root-mean-square normalization (Zhang & Sennrich, 2019): each example is divided by the
/// root mean square of its features, without centering, then scaled by a learned γ:
/// y = γ·x/√(mean(x²) + ε), the mean over the last axis.
///
/// Composed from primitives (its gradient comes from automatic differentiation). Input
/// `[..., F]`; γ has shape `[F]` and starts at 1.
public final class RMSNorm: Module, Layer {
    /// γ, starting at 1.
    public let scale: Tensor
    /// ε, added to the mean square before the square root.
    public let epsilon: Float

    /// RMS normalization over the last axis, of length `features`.
    public init(features: Int, epsilon: Float = 1e-6) {
        precondition(features > 0, "RMS norm needs at least one feature, got \(features)")
        precondition(epsilon > 0, "RMS norm's epsilon must be positive, got \(epsilon)")
        scale = Tensor(shape: [features], scalars: [Float](repeating: 1, count: features), requiresGradient: true)
        self.epsilon = epsilon
    }

    /// γ·x/√(mean(x²) + ε).
    public func callAsFunction(_ input: Tensor) -> Tensor {
        precondition(input.shape.last == scale.count, "RMS norm of \(scale.count) features got input \(input.shape)")
        let rootMeanSquare = sqrt(square(input).mean(alongAxis: -1, keepingDimension: true) + epsilon)
        return input / rootMeanSquare * scale
    }

    /// "scale" (γ).
    public var ownParameters: [(name: String, tensor: Tensor)] { [("scale", scale)] }
}
