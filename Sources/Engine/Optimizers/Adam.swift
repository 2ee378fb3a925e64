import Foundation

/// Adam (Kingma & Ba, 2015): per-parameter step sizes from running estimates of the
/// gradient's first and second moments, with bias correction.
///
/// For each parameter θ with gradient g, at step t = 1, 2, … (counted per parameter):
/// 1. L2 penalty λ₂ (added to the gradient): g ← g + λ₂θ.
/// 2. m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²  (both start at 0).
/// 3. Bias correction, since m and v start at 0: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
/// 4. Decoupled weight decay λ (AdamW): θ ← θ − η·λ·θ.
/// 5. θ ← θ − η·m̂/(√v̂ + ε), computed as PyTorch does: θ − (η/c₁)·m/(√v/√c₂ + ε).
/// With Adam an L2 penalty is divided by √v̂ like the rest of the gradient, so parameters
/// with large gradients are barely regularized; decoupled weight decay shrinks every
/// parameter by the same factor, which is why AdamW regularizes better.
public class Adam: Optimizer {
    /// η.
    public var learningRate: Float
    /// β₁, the decay of the first-moment (mean) estimate.
    public let beta1: Float
    /// β₂, the decay of the second-moment (uncentred variance) estimate.
    public let beta2: Float
    /// ε, keeping the division finite.
    public let epsilon: Float
    /// λ₂, the L2 penalty added to the gradient.
    public let l2Penalty: Float
    /// λ, the decoupled weight decay.
    public let weightDecay: Float
    private var moments = ParameterState<(step: Int, first: [Float], second: [Float])>()

    /// An Adam optimizer (use `AdamW` for decoupled weight decay by default).
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
                l2Penalty: Float = 0, weightDecay: Float = 0) {
        precondition(learningRate >= 0, "the learning rate cannot be negative, got \(learningRate)")
        precondition((0..<1).contains(beta1) && (0..<1).contains(beta2), "β₁ and β₂ must be in [0, 1), got \(beta1) and \(beta2)")
        precondition(epsilon > 0, "ε must be positive, got \(epsilon)")
        precondition(l2Penalty >= 0 && weightDecay >= 0, "the L2 penalty and weight decay cannot be negative")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.l2Penalty = l2Penalty
        self.weightDecay = weightDecay
    }

    /// One update of every trainable parameter in `parameters`.
    public func step(_ parameters: [Tensor]) {
        let (eta, b1, b2, eps, penalty, decay) = (learningRate, beta1, beta2, epsilon, l2Penalty, weightDecay)
        for parameter in parameters {
            parameter.updateWithGradient { theta, gradient in
                let zeros = { [Float](repeating: 0, count: theta.count) }
                moments.update(parameter, make: { (0, zeros(), zeros()) }) { state in
                    state.step += 1
                    let correction1 = 1 - Float(Foundation.pow(Double(b1), Double(state.step)))
                    let correction2 = 1 - Float(Foundation.pow(Double(b2), Double(state.step)))
                    // m̂/(√v̂ + ε) = (m/c₁)/(√v/√c₂ + ε): one division per value instead of three.
                    let stepSize = eta / correction1
                    let inverseRootCorrection2 = 1 / correction2.squareRoot()
                    let shrink = 1 - eta * decay
                    let count = theta.count
                    let (whole, rest) = (wholeVectors(count), count - wholeVectors(count))
                    @inline(__always) func updated(_ t: Vector, _ g: Vector, _ m: Vector, _ v: Vector) -> (t: Vector, m: Vector, v: Vector) {
                        let g = g + penalty * t
                        let newM = b1 * m + (1 - b1) * g
                        let newV = b2 * v + (1 - b2) * g * g
                        let denominator = squareRoot(newV) * inverseRootCorrection2 + eps
                        return (shrink * t - stepSize * newM / denominator, newM, newV)
                    }
                    state.first.withUnsafeMutableBufferPointer { m in
                        state.second.withUnsafeMutableBufferPointer { v in
                            let (theta, gradient, m, v) = (theta.baseAddress!, gradient.baseAddress!, m.baseAddress!, v.baseAddress!)
                            for i in stride(from: 0, to: whole, by: Vector.scalarCount) {
                                let (t, newM, newV) = updated(theta.vector(at: i), gradient.vector(at: i), m.vector(at: i), v.vector(at: i))
                                m.store(newM, at: i)
                                v.store(newV, at: i)
                                theta.store(t, at: i)
                            }
                            if rest > 0 {
                                let (t, newM, newV) = updated(theta.paddedVector(at: whole, count: rest), gradient.paddedVector(at: whole, count: rest),
                                                              m.paddedVector(at: whole, count: rest), v.paddedVector(at: whole, count: rest))
                                m.storePrefix(newM, at: whole, count: rest)
                                v.storePrefix(newV, at: whole, count: rest)
                                theta.storePrefix(t, at: whole, count: rest)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// AdamW (Loshchilov & Hutter, 2019): Adam with decoupled weight decay, 0.01 by default.
public final class AdamW: Adam {
    /// An AdamW optimizer.
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
                weightDecay: Float = 0.01) {
        super.init(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay)
    }
}
