import Foundation

/// A learning-rate schedule: the learning rate as a pure function of the step t = 0, 1, 2, …
/// (optimizer steps, not epochs; `fit` asks for the rate before every step).
public indirect enum Schedule: Sendable {
    /// η(t) = η₀.
    case constant(Float)
    /// η(t) = η₀·γ^⌊t / every⌋: multiplied by `factor` every `every` steps.
    case stepDecay(initial: Float, factor: Float, every: Int)
    /// η(t) = η₀·γᵗ: multiplied by `factor` after every step.
    case exponential(initial: Float, factor: Float)
    /// Cosine annealing from `initial` to `final` over `steps` steps, then `final`:
    /// η(t) = final + (initial − final)·(1 + cos(π·t/steps))/2.
    case cosine(initial: Float, final: Float = 0, steps: Int)
    /// Linear warm-up for `steps` steps up to the rate `then` starts with, then `then` from its
    /// own step 0: η(t) = then(0)·(t + 1)/steps for t < steps, η(t) = then(t − steps) after.
    case warmup(steps: Int, then: Schedule)
    /// One-cycle (Smith & Topin, 2019), as PyTorch's `OneCycleLR` with cosine annealing and two
    /// phases: over the first `warmupFraction` of `totalSteps` the rate rises from
    /// maximum/`initialDivisor` to `maximum`, then it falls to maximum/(initialDivisor·finalDivisor)
    /// at the last step, both along half a cosine. With s = warmupFraction·T − 1 (T = totalSteps):
    /// for t ≤ s, η(t) = cos(η_start → η_max, t/s); after, η(t) = cos(η_max → η_end, (t − s)/(T − 1 − s)),
    /// where cos(a → b, p) = b + (a − b)·(1 + cos(π·p))/2. Steps past the end keep η_end.
    case oneCycle(maximum: Float, totalSteps: Int, warmupFraction: Float = 0.3,
                  initialDivisor: Float = 25, finalDivisor: Float = 10_000)

    /// The learning rate at step `step` (0-based).
    public func learningRate(atStep step: Int) -> Float {
        precondition(step >= 0, "steps count from 0, got \(step)")
        switch self {
        case .constant(let rate):
            return rate
        case .stepDecay(let initial, let factor, let every):
            precondition(every > 0, "step decay needs a positive interval, got \(every)")
            return initial * Float(Foundation.pow(Double(factor), Double(step / every)))
        case .exponential(let initial, let factor):
            return initial * Float(Foundation.pow(Double(factor), Double(step)))
        case .cosine(let initial, let final, let steps):
            precondition(steps > 0, "cosine annealing needs a positive number of steps, got \(steps)")
            return Schedule.annealed(from: initial, to: final, progress: Double(Swift.min(step, steps)) / Double(steps))
        case .warmup(let steps, let then):
            precondition(steps > 0, "warm-up needs a positive number of steps, got \(steps)")
            if step < steps { return then.learningRate(atStep: 0) * Float(step + 1) / Float(steps) }
            return then.learningRate(atStep: step - steps)
        case .oneCycle(let maximum, let totalSteps, let warmupFraction, let initialDivisor, let finalDivisor):
            precondition(totalSteps > 1, "one-cycle needs at least two steps, got \(totalSteps)")
            precondition(warmupFraction > 0 && warmupFraction < 1, "the warm-up fraction must be in (0, 1), got \(warmupFraction)")
            let start = maximum / initialDivisor
            let end = start / finalDivisor
            let peak = Double(warmupFraction) * Double(totalSteps) - 1
            let last = Double(totalSteps - 1)
            let t = Double(Swift.min(step, totalSteps - 1))
            if t <= peak {
                return Schedule.annealed(from: start, to: maximum, progress: peak > 0 ? t / peak : 1)
            }
            return Schedule.annealed(from: maximum, to: end, progress: (t - peak) / (last - peak))
        }
    }

    /// The rates of the first `steps` steps, for plotting.
    public func learningRates(steps: Int) -> [Float] {
        (0..<steps).map { learningRate(atStep: $0) }
    }

    /// Half a cosine from `a` (progress 0) to `b` (progress 1).
    private static func annealed(from a: Float, to b: Float, progress: Double) -> Float {
        Float(Double(b) + Double(a - b) * (1 + Foundation.cos(Double.pi * progress)) / 2)
    }
}
