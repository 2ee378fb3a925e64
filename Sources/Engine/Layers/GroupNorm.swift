/// Group normalization (Wu & He, 2018): the channels of each example are split into G groups,
/// and each group is standardized over its channels and positions, then scaled and shifted
/// per channel: y = γ_c·(x − μ_g)/√(σ²_g + ε) + β_c.
///
/// Like layer norm it ignores the rest of the batch (so it works with batches of 2); with
/// G = 1 it is layer norm over channels and positions, with G = C it is instance norm.
/// Input `[B, C, ...]`; γ (starting at 1) and β (starting at 0) have shape `[C]`.
public final class GroupNorm: Module, Layer {
    /// The number of groups, G.
    public let groups: Int
    /// γ, one per channel, starting at 1.
    public let scale: Tensor
    /// β, one per channel, starting at 0.
    public let offset: Tensor
    /// ε, added to the variance before the square root.
    public let epsilon: Float

    /// Group normalization of `channels` channels in `groups` groups.
    public init(groups: Int, channels: Int, epsilon: Float = 1e-5) {
        precondition(groups > 0 && channels > 0 && channels % groups == 0,
                     "group norm needs the \(channels) channels to split evenly into \(groups) groups")
        precondition(epsilon > 0, "group norm's epsilon must be positive, got \(epsilon)")
        self.groups = groups
        scale = Tensor(shape: [channels], scalars: [Float](repeating: 1, count: channels), requiresGradient: true)
        offset = Tensor(shape: [channels], scalars: [Float](repeating: 0, count: channels), requiresGradient: true)
        self.epsilon = epsilon
    }

    /// γ·x̂ + β with x̂ standardized per example and group.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        let channels = scale.count
        precondition(input.rank >= 2 && input.shape[1] == channels,
                     "group norm of \(channels) channels needs input [batch, \(channels), ...], got \(input.shape)")
        // [B, C, ...] seen as [1, B·G, (C/G)·positions]: one "channel" per example and group.
        let standardize = Standardization(outer: 1, channels: input.shape[0] * groups,
                                          inner: input.count / (input.shape[0] * groups), epsilon: epsilon)
        let perChannel = [channels] + Array(repeating: 1, count: input.rank - 2)
        return standardize(input).output * scale.reshaped(to: perChannel) + offset.reshaped(to: perChannel)
    }

    /// "scale" (γ) and "offset" (β).
    public var ownParameters: [(name: String, tensor: Tensor)] { [("scale", scale), ("offset", offset)] }
}
