/// Stochastic gradient descent, with optional momentum (classic or Nesterov), L2 penalty and
/// decoupled weight decay.
///
/// For each parameter θ with gradient g, at learning rate η:
/// 1. L2 penalty λ₂ (added to the gradient, as if the loss had a term ½λ₂‖θ‖²): g ← g + λ₂θ.
/// 2. Momentum μ: v ← μ·v + g (v starts at 0); the step direction is d = v, or with Nesterov
///    d = g + μ·v (a look-ahead); without momentum d = g.
/// 3. Decoupled weight decay λ (Loshchilov & Hutter, 2019), applied to θ directly, outside
///    the gradient: θ ← θ − η·λ·θ.
/// 4. θ ← θ − η·d.
/// This is PyTorch's formulation. With plain SGD, the L2 penalty and weight decay give the same
/// update; with momentum (and with Adam) they differ, which is the point the course makes.
public final class SGD: Optimizer {
    /// η.
    public var learningRate: Float
    /// μ, the momentum coefficient (0 for plain SGD).
    public let momentum: Float
    /// Whether the Nesterov look-ahead is used.
    public let nesterov: Bool
    /// λ₂, the L2 penalty added to the gradient.
    public let l2Penalty: Float
    /// λ, the decoupled weight decay.
    public let weightDecay: Float
    private var velocities = ParameterState<[Float]>()

    /// An SGD optimizer.
    public init(learningRate: Float, momentum: Float = 0, nesterov: Bool = false,
                l2Penalty: Float = 0, weightDecay: Float = 0) {
        precondition(learningRate >= 0, "the learning rate cannot be negative, got \(learningRate)")
        precondition(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), got \(momentum)")
        precondition(!nesterov || momentum > 0, "Nesterov momentum needs a momentum above 0")
        precondition(l2Penalty >= 0 && weightDecay >= 0, "the L2 penalty and weight decay cannot be negative")
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
        self.l2Penalty = l2Penalty
        self.weightDecay = weightDecay
    }

    /// The update of one value, written plainly: θ and the velocity v after the step. The
    /// loops in `step` compute exactly this, eight lanes at a time (the tests hold them equal).
    func updated(theta: Float, gradient: Float, velocity: Float) -> (theta: Float, velocity: Float) {
        let (eta, mu) = (learningRate, momentum)
        guard mu > 0 else {
            if l2Penalty == 0 && weightDecay == 0 { return (theta - eta * gradient, velocity) }
            let g = gradient + l2Penalty * theta
            return (theta - eta * (g + weightDecay * theta), velocity)
        }
        let g = gradient + l2Penalty * theta
        let v = mu * velocity + g
        let direction = nesterov ? g + mu * v : v
        return (theta - eta * (direction + weightDecay * theta), v)
    }

    /// One update of every trainable parameter in `parameters`.
    public func step(_ parameters: [Tensor]) {
        let (eta, mu, penalty, decay) = (learningRate, momentum, l2Penalty, weightDecay)
        for parameter in parameters {
            parameter.updateWithGradient { theta, gradient in
                let (theta, gradient, count) = (theta.baseAddress!, gradient.baseAddress!, theta.count)
                let (whole, rest) = (wholeVectors(count), count - wholeVectors(count))
                guard mu > 0 else {
                    // Without a penalty or decay their terms add 0·θ: plain SGD skips them (this
                    // changes nothing for finite weights, and halves the arithmetic).
                    let plain = penalty == 0 && decay == 0
                    @inline(__always) func updated(_ t: Vector, _ g: Vector) -> Vector {
                        if plain { return t - eta * g }
                        let g = g + penalty * t
                        return t - eta * (g + decay * t)
                    }
                    for i in stride(from: 0, to: whole, by: Vector.scalarCount) {
                        theta.store(updated(theta.vector(at: i), gradient.vector(at: i)), at: i)
                    }
                    if rest > 0 {
                        let t = updated(theta.paddedVector(at: whole, count: rest), gradient.paddedVector(at: whole, count: rest))
                        theta.storePrefix(t, at: whole, count: rest)
                    }
                    return
                }
                velocities.update(parameter, make: { [Float](repeating: 0, count: count) }) { velocity in
                    velocity.withUnsafeMutableBufferPointer { velocity in
                        let v = velocity.baseAddress!
                        @inline(__always) func updated(_ t: Vector, _ g: Vector, _ v: Vector) -> (t: Vector, v: Vector) {
                            let g = g + penalty * t
                            let newV = mu * v + g
                            let direction = nesterov ? g + mu * newV : newV
                            return (t - eta * (direction + decay * t), newV)
                        }
                        for i in stride(from: 0, to: whole, by: Vector.scalarCount) {
                            let (t, newV) = updated(theta.vector(at: i), gradient.vector(at: i), v.vector(at: i))
                            v.store(newV, at: i)
                            theta.store(t, at: i)
                        }
                        if rest > 0 {
                            let (t, newV) = updated(theta.paddedVector(at: whole, count: rest),
                                                    gradient.paddedVector(at: whole, count: rest),
                                                    v.paddedVector(at: whole, count: rest))
                            v.storePrefix(newV, at: whole, count: rest)
                            theta.storePrefix(t, at: whole, count: rest)
                        }
                    }
                }
            }
        }
    }
}
