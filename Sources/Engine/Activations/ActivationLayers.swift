/// A layer that applies an activation function element by element; the activation
/// statistics (`activationStatistics(on:)`) report on these layers.
public protocol ActivationLayer: Layer {
    /// Whether an output value sits where the function is flat (its derivative nearly 0):
    /// σ(x) outside [0.01, 0.99], tanh x outside [−0.99, 0.99]. False for the others.
    func isSaturated(_ output: Float) -> Bool
    /// Whether the derivative is exactly 0 for every non-positive input, so that a unit whose
    /// input is never positive gets no gradient at all and stops learning ("dead" ReLU).
    var canDie: Bool { get }
}

extension ActivationLayer {
    /// Not saturating, by default.
    public func isSaturated(_ output: Float) -> Bool { false }
    /// Cannot die, by default.
    public var canDie: Bool { false }
}

/// σ(x) = 1/(1 + e^(−x)); its derivative σ(1 − σ) is at most 1/4, which is why deep sigmoid
/// networks' gradients vanish.
public final class Sigmoid: Module, ActivationLayer {
    /// σ(x) element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { sigmoid(input) }
    /// Outside [0.01, 0.99], where σ′ < 0.0099.
    public func isSaturated(_ output: Float) -> Bool { output < 0.01 || output > 0.99 }
}

/// tanh x, zero-centred, derivative 1 − tanh²x ≤ 1.
public final class Tanh: Module, ActivationLayer {
    /// tanh x element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { tanh(input) }
    /// Outside [−0.99, 0.99], where tanh′ < 0.02.
    public func isSaturated(_ output: Float) -> Bool { Swift.abs(output) > 0.99 }
}

/// ReLU: max(0, x) (Nair & Hinton, 2010).
public final class ReLU: Module, ActivationLayer {
    /// max(0, x) element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { relu(input) }
    /// True: a unit whose input stays negative gets no gradient.
    public var canDie: Bool { true }
}

/// Leaky ReLU: x for x > 0, a·x otherwise, with a small fixed slope a.
public final class LeakyReLU: Module, ActivationLayer {
    /// The slope a for negative inputs.
    public let slope: Float
    /// A leaky ReLU with negative slope `slope`.
    public init(slope: Float = 0.01) { self.slope = slope }
    /// x or a·x element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { leakyReLU(input, slope: slope) }
}

/// PReLU (He et al., 2015): a leaky ReLU whose negative slope a is learned.
/// y = max(0, x) − a·max(0, −x), composed from primitives, so ∂L/∂a comes from autodiff.
public final class PReLU: Module, ActivationLayer {
    /// The learned slope a, shape `[1]`, shared by all units.
    public let slope: Tensor
    /// A PReLU whose slope starts at `initialSlope`.
    public init(initialSlope: Float = 0.25) {
        slope = Tensor(shape: [1], scalars: [initialSlope], requiresGradient: true)
    }
    /// x for x > 0, a·x otherwise.
    public func callAsFunction(_ input: Tensor) -> Tensor { relu(input) - slope * relu(-input) }
    /// "slope".
    public var ownParameters: [(name: String, tensor: Tensor)] { [("slope", slope)] }
}

/// RReLU (Xu et al., 2015): while training, each negative input gets its own random slope
/// a ~ U(lower, upper); in evaluation the mean slope (lower + upper)/2 is used.
public final class RReLU: Module, ActivationLayer {
    /// The smallest random slope.
    public let lower: Float
    /// The largest random slope.
    public let upper: Float
    private var generator: SeededGenerator

    /// An RReLU drawing slopes from U(`lower`, `upper`) with a generator split from `generator`.
    public init(lower: Float = 1.0 / 8, upper: Float = 1.0 / 3, generator: inout SeededGenerator) {
        precondition(0 <= lower && lower <= upper, "RReLU needs 0 ≤ lower ≤ upper, got \(lower) and \(upper)")
        self.lower = lower
        self.upper = upper
        self.generator = generator.split()
    }

    /// x for x ≥ 0, a·x otherwise (a random per element in training, the mean in evaluation).
    public func callAsFunction(_ input: Tensor) -> Tensor {
        guard isTraining else { return leakyReLU(input, slope: (lower + upper) / 2) }
        // y = m ⊙ x with m = 1 for x ≥ 0 and a random slope otherwise, so ∂y/∂x = m.
        let multipliers = input.scalars.map { $0 >= 0 ? 1 : lower + (upper - lower) * generator.nextUnitFloat() }
        return input * Tensor(shape: input.shape, scalars: multipliers)
    }
}

/// GELU, exact form x·Φ(x) (Φ the standard normal CDF), as in BERT and GPT-2's successors.
public final class GELU: Module, ActivationLayer {
    /// x·Φ(x) element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { gelu(input) }
}

/// SiLU (swish): x·σ(x).
public final class SiLU: Module, ActivationLayer {
    /// x·σ(x) element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { silu(input) }
}

/// Mish: x·tanh(ln(1 + eˣ)).
public final class Mish: Module, ActivationLayer {
    /// x·tanh(softplus x) element-wise.
    public func callAsFunction(_ input: Tensor) -> Tensor { mish(input) }
}

/// Softmax over the last axis: turns each row of scores into probabilities.
/// (Training with `crossEntropy` takes raw scores; use this layer for outputs you want to read.)
public final class Softmax: Module, Layer {
    /// softmax along the last axis.
    public func callAsFunction(_ input: Tensor) -> Tensor { softmax(input) }
}
