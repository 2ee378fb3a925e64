/// Dropout (Srivastava et al., 2014): while training, each value is zeroed with probability p
/// and the survivors are scaled by 1/(1 − p), so the expected output equals the input
/// ("inverted" dropout); in evaluation the layer passes its input through unchanged.
///
/// y = x ⊙ m / (1 − p), mᵢ ~ Bernoulli(1 − p); ∂y/∂x = m / (1 − p). The masks come from the
/// layer's own generator, split from the one given at creation, so a run repeats exactly.
public final class Dropout: Module, Layer {
    /// The probability of dropping each value, p.
    public let probability: Float
    private var generator: SeededGenerator

    /// A dropout layer that drops each value with `probability` while training.
    public init(probability: Float, generator: inout SeededGenerator) {
        precondition(probability >= 0 && probability < 1, "a dropout probability must be in [0, 1), got \(probability)")
        self.probability = probability
        self.generator = generator.split()
    }

    /// The input with a fresh random mask applied (training) or unchanged (evaluation).
    public func callAsFunction(_ input: Tensor) -> Tensor {
        guard isTraining && probability > 0 else { return input }
        return dropout(input, probability: probability, generator: &generator)
    }
}

/// x ⊙ m / (1 − p) with a fresh Bernoulli(1 − p) mask m drawn from `generator`.
public func dropout(_ x: Tensor, probability: Float, generator: inout SeededGenerator) -> Tensor {
    precondition(probability >= 0 && probability < 1, "a dropout probability must be in [0, 1), got \(probability)")
    let keep = 1 - probability
    let scale = (1 / keep).bitPattern
    // A value is kept when its draw `nextUnitFloat()` = u·2⁻²⁴ is below `keep`, that is when
    // the integer u is below ⌈keep·2²⁴⌉ (scaling by 2²⁴ is exact). Comparing integers
    // without a branch matters: with p = 0.5 a branch is mispredicted on every other value.
    let threshold = UInt64((keep * 0x1p24).rounded(.up))
    // One draw per value, in order, written straight into the mask's storage.
    let mask = [Float](count: x.count) { mask in
        for index in mask.indices {
            let u = generator.nextUnitInteger()
            let kept = UInt32(truncatingIfNeeded: (u &- threshold) >> 63)  // 1 when u < threshold
            mask[index] = Float(bitPattern: scale & (0 &- kept))
        }
    }
    return x * Tensor(shape: x.shape, scalars: mask)
}
