internal import CKernels
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
        for parameter in parameters {
            parameter.updateWithGradient { theta, gradient in
                let zeros = { [Float](repeating: 0, count: theta.count) }
                moments.update(parameter, make: { (0, zeros(), zeros()) }) { state in
                    state.step += 1
                    let rule = rule(atStep: state.step)
                    state.first.withUnsafeMutableBufferPointer { m in
                        state.second.withUnsafeMutableBufferPointer { v in
                            rule.apply(theta: theta, gradient: gradient, m: m, v: v)
                        }
                    }
                }
            }
        }
    }

    /// The update at step t, with the bias corrections of that step worked out.
    func rule(atStep t: Int) -> Rule {
        let correction1 = 1 - Float(Foundation.pow(Double(beta1), Double(t)))
        let correction2 = 1 - Float(Foundation.pow(Double(beta2), Double(t)))
        // m̂/(√v̂ + ε) = (m/c₁)/(√v/√c₂ + ε): one division per value instead of three.
        return Rule(beta1: beta1, beta2: beta2, epsilon: epsilon, penalty: l2Penalty,
                    stepSize: learningRate / correction1, inverseRootCorrection2: 1 / correction2.squareRoot(),
                    shrink: 1 - learningRate * weightDecay)
    }

    /// Adam's update at one step, for every value of a parameter.
    struct Rule {
        let beta1, beta2, epsilon, penalty: Float
        /// η/c₁.
        let stepSize: Float
        /// 1/√c₂.
        let inverseRootCorrection2: Float
        /// 1 − ηλ, the decoupled weight decay.
        let shrink: Float

        /// The update of one value, written plainly: θ, m and v after the step.
        func updated(theta: Float, gradient: Float, m: Float, v: Float) -> (theta: Float, m: Float, v: Float) {
            let g = gradient + penalty * theta
            let m = beta1 * m + (1 - beta1) * g
            let v = beta2 * v + (1 - beta2) * g * g
            return (shrink * theta - stepSize * m / (v.squareRoot() * inverseRootCorrection2 + epsilon), m, v)
        }

        /// `updated` for every value at once, eight (AVX2) or four (SSE2) lanes wide in C:
        /// the same operations in the same order, so the same bits (the tests hold them equal).
        func apply(theta: UnsafeMutableBufferPointer<Float>, gradient: UnsafeBufferPointer<Float>,
                   m: UnsafeMutableBufferPointer<Float>, v: UnsafeMutableBufferPointer<Float>) {
            guard let t = theta.baseAddress, let g = gradient.baseAddress,
                  let m = m.baseAddress, let v = v.baseAddress else { return }
            ckernels_adam_update(t, g, m, v, theta.count, beta1, beta2, stepSize, inverseRootCorrection2,
                                 epsilon, penalty, shrink)
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
