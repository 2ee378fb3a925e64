/// Batch normalization (Ioffe & Szegedy, 2015) over features `[B, F]` or channels `[B, C, H, W]`.
///
/// Training: each feature (channel) is standardized with the mean μ and variance σ² of the
/// batch (and of all positions, for images), then scaled and shifted by learned γ and β:
/// y = γ·(x − μ)/√(σ² + ε) + β. The standardization is one fused primitive with the
/// hand-derived backward pass (`batchStandardized`). Running averages of μ and of the
/// unbiased σ² are kept: r ← (1 − momentum)·r + momentum·batch value (PyTorch's convention).
/// Evaluation: the running averages replace the batch statistics, so an example's output no
/// longer depends on the rest of its batch.
public final class BatchNorm: Module, Layer {
    /// γ, one per feature, starting at 1.
    public let scale: Tensor
    /// β, one per feature, starting at 0.
    public let offset: Tensor
    /// The running mean used in evaluation, starting at 0.
    public let runningMean: Tensor
    /// The running variance used in evaluation, starting at 1.
    public let runningVariance: Tensor
    /// The weight of the newest batch in the running averages.
    public let momentum: Float
    /// ε, added to the variance before the square root.
    public let epsilon: Float

    /// Batch normalization of `features` features (or channels).
    public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        precondition(features > 0, "batch norm needs at least one feature, got \(features)")
        precondition(momentum >= 0 && momentum <= 1, "batch norm's momentum must be in [0, 1], got \(momentum)")
        precondition(epsilon > 0, "batch norm's epsilon must be positive, got \(epsilon)")
        scale = Tensor(shape: [features], scalars: [Float](repeating: 1, count: features), requiresGradient: true)
        offset = Tensor(shape: [features], scalars: [Float](repeating: 0, count: features), requiresGradient: true)
        runningMean = Tensor(shape: [features], scalars: [Float](repeating: 0, count: features))
        runningVariance = Tensor(shape: [features], scalars: [Float](repeating: 1, count: features))
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// γ·x̂ + β, x̂ standardized with batch (training) or running (evaluation) statistics; on
    /// `[B, F]` the scaling and shifting run as one primitive (`FeatureAffine`).
    public func callAsFunction(_ input: Tensor) -> Tensor {
        let features = scale.count
        precondition(input.rank >= 2 && input.shape[1] == features,
                     "batch norm of \(features) features needs input [batch, \(features), ...], got \(input.shape)")
        // γ, β and the statistics broadcast along axis 1: [F] for [B, F], [C, 1, 1] for [B, C, H, W].
        let perFeature = [features] + Array(repeating: 1, count: input.rank - 2)
        // Training standardizes with the batch's statistics here; evaluation leaves the
        // input as it is and standardizes with the running ones below.
        let standardized: Tensor
        let running: (mean: [Float], inverseDeviation: [Float])?
        if isTraining {
            let standardize = Standardization(outer: input.shape[0], channels: features,
                                              inner: input.shape.dropFirst(2).reduce(1, *), epsilon: epsilon)
            let (normalized, mean, variance) = standardize(input)
            updateRunningStatistics(mean: mean, variance: variance, count: input.count / features)
            (standardized, running) = (normalized, nil)
        } else {
            let inverseDeviation = runningVariance.scalars.map { 1 / ($0 + epsilon).squareRoot() }
            (standardized, running) = (input, (runningMean.scalars, inverseDeviation))
        }
        if input.rank == 2 {
            return FeatureAffine(batch: input.shape[0], features: features, running: running)(standardized, scale: scale, offset: offset)
        }
        let normalized = running.map {
            (standardized - Tensor(shape: perFeature, scalars: $0.mean)) * Tensor(shape: perFeature, scalars: $0.inverseDeviation)
        } ?? standardized
        return normalized * scale.reshaped(to: perFeature) + offset.reshaped(to: perFeature)
    }

    private func updateRunningStatistics(mean: [Float], variance: [Float], count: Int) {
        // The running variance estimates the population's, so it uses the unbiased N/(N − 1).
        let correction = count > 1 ? Float(count) / Float(count - 1) : 1
        for feature in mean.indices {
            runningMean.storage[feature] += momentum * (mean[feature] - runningMean.storage[feature])
            runningVariance.storage[feature] += momentum * (variance[feature] * correction - runningVariance.storage[feature])
        }
    }

    /// "scale" (γ) and "offset" (β).
    public var ownParameters: [(name: String, tensor: Tensor)] { [("scale", scale), ("offset", offset)] }
    /// "runningMean" and "runningVariance".
    public var ownBuffers: [(name: String, tensor: Tensor)] {
        [("runningMean", runningMean), ("runningVariance", runningVariance)]
    }
}
