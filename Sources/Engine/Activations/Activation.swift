/// The activation functions by name, for building networks (`MLP`) and comparing them in lessons.
public enum Activation: Sendable, Equatable {
    /// σ(x) = 1/(1 + e^(−x)).
    case sigmoid
    /// tanh x.
    case tanh
    /// max(0, x).
    case relu
    /// x for x > 0, `slope`·x otherwise.
    case leakyReLU(slope: Float)
    /// Leaky ReLU with a learned slope, starting at `initialSlope`.
    case prelu(initialSlope: Float)
    /// Leaky ReLU with a random slope from U(`lower`, `upper`) in training, the mean in evaluation.
    case rrelu(lower: Float, upper: Float)
    /// x·Φ(x), exact (erf) form.
    case gelu
    /// x·σ(x).
    case silu
    /// x·tanh(ln(1 + eˣ)).
    case mish

    /// A readable name: "sigmoid", "Leaky ReLU (0.01)".
    public var name: String {
        switch self {
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case .leakyReLU(let slope): "Leaky ReLU (\(slope))"
        case .prelu: "PReLU"
        case .rrelu(let lower, let upper): "RReLU (\(lower)–\(upper))"
        case .gelu: "GELU"
        case .silu: "SiLU"
        case .mish: "Mish"
        }
    }

    /// The initializer matched to this activation: Xavier for the saturating sigmoid and
    /// tanh, He for the ReLU family and its smooth relatives.
    public var recommendedInitializer: Initializer {
        switch self {
        case .sigmoid, .tanh: .xavierNormal
        default: .heNormal
        }
    }

    /// A new layer applying this activation (RReLU draws from a generator split from `generator`).
    public func makeLayer(generator: inout SeededGenerator) -> any ActivationLayer {
        switch self {
        case .sigmoid: Sigmoid()
        case .tanh: Tanh()
        case .relu: ReLU()
        case .leakyReLU(let slope): LeakyReLU(slope: slope)
        case .prelu(let initialSlope): PReLU(initialSlope: initialSlope)
        case .rrelu(let lower, let upper): RReLU(lower: lower, upper: upper, generator: &generator)
        case .gelu: GELU()
        case .silu: SiLU()
        case .mish: Mish()
        }
    }

    /// The function's values f(x) and derivatives f′(x) at the points `x`, for plotting
    /// (computed by the engine itself, the derivative by automatic differentiation; RReLU
    /// and PReLU are shown as in evaluation, at their mean or initial slope).
    public func curve(at x: [Float]) -> (values: [Float], derivatives: [Float]) {
        var generator = SeededGenerator(seed: 0)
        let layer = makeLayer(generator: &generator)
        layer.setTraining(false)
        let input = Tensor(shape: [x.count], scalars: x, requiresGradient: true)
        let output = layer(input)
        // Each output depends on its own input only, so ∂(Σy)/∂xᵢ = f′(xᵢ).
        output.sum().backward()
        return (output.scalars, input.gradientScalars ?? [Float](repeating: 0, count: x.count))
    }
}
