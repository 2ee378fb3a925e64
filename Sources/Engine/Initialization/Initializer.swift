/// How a layer's weights are drawn before training.
///
/// For a weight with `fanIn` inputs and `fanOut` outputs per unit (for a linear layer the
/// number of input and output features; for a K×K convolution C·K·K and O·K·K), the good
/// schemes pick the spread that keeps the variance of activations (forward) or of gradients
/// (backward) about the same from layer to layer:
///
/// | case | distribution | spread |
/// |---|---|---|
/// | `xavierUniform` | U(−a, a) | a = √(6/(fanIn + fanOut)) |
/// | `xavierNormal` | N(0, s²) | s = √(2/(fanIn + fanOut)) |
/// | `heUniform` | U(−a, a) | a = √(6/fanIn) |
/// | `heNormal` | N(0, s²) | s = √(2/fanIn) |
/// | `lecunUniform` | U(−a, a) | a = √(3/fanIn) |
/// | `lecunNormal` | N(0, s²) | s = √(1/fanIn) |
/// | `normal(standardDeviation:)` | N(0, s²) | s as given |
/// | `uniform(limit:)` | U(−a, a) | a as given |
/// | `zeros` | all 0 | |
///
/// Xavier/Glorot (Glorot & Bengio, 2010) suits tanh and sigmoid; He/Kaiming (He et al., 2015)
/// doubles the variance to make up for ReLU zeroing half its inputs; LeCun (LeCun et al.,
/// 1998) keeps Var(w) = 1/fanIn. `normal` and `uniform` with a hand-picked scale are there for
/// the too-small and too-large demonstrations.
public enum Initializer: Sendable, Equatable {
    case xavierUniform
    case xavierNormal
    case heUniform
    case heNormal
    case lecunUniform
    case lecunNormal
    case normal(standardDeviation: Float)
    case uniform(limit: Float)
    case zeros

    /// `count` weights drawn for a layer with the given fan-in and fan-out.
    public func weights(count: Int, fanIn: Int, fanOut: Int, generator: inout SeededGenerator) -> [Float] {
        precondition(fanIn > 0 && fanOut > 0, "fan-in and fan-out must be positive, got \(fanIn) and \(fanOut)")
        let (fanIn, fanOut) = (Float(fanIn), Float(fanOut))
        switch self {
        case .xavierUniform: return uniform(count, limit: (6 / (fanIn + fanOut)).squareRoot(), &generator)
        case .xavierNormal: return normal(count, deviation: (2 / (fanIn + fanOut)).squareRoot(), &generator)
        case .heUniform: return uniform(count, limit: (6 / fanIn).squareRoot(), &generator)
        case .heNormal: return normal(count, deviation: (2 / fanIn).squareRoot(), &generator)
        case .lecunUniform: return uniform(count, limit: (3 / fanIn).squareRoot(), &generator)
        case .lecunNormal: return normal(count, deviation: (1 / fanIn).squareRoot(), &generator)
        case .normal(let deviation):
            precondition(deviation >= 0, "a standard deviation cannot be negative, got \(deviation)")
            return normal(count, deviation: deviation, &generator)
        case .uniform(let limit):
            precondition(limit >= 0, "a uniform limit cannot be negative, got \(limit)")
            return uniform(count, limit: limit, &generator)
        case .zeros: return [Float](repeating: 0, count: count)
        }
    }

    /// A short readable name: "He normal", "normal(σ = 0.01)".
    public var name: String {
        switch self {
        case .xavierUniform: "Xavier uniform"
        case .xavierNormal: "Xavier normal"
        case .heUniform: "He uniform"
        case .heNormal: "He normal"
        case .lecunUniform: "LeCun uniform"
        case .lecunNormal: "LeCun normal"
        case .normal(let deviation): "normal(σ = \(deviation))"
        case .uniform(let limit): "uniform(±\(limit))"
        case .zeros: "zeros"
        }
    }

    private func uniform(_ count: Int, limit: Float, _ generator: inout SeededGenerator) -> [Float] {
        (0..<count).map { _ in (2 * generator.nextUnitFloat() - 1) * limit }
    }

    private func normal(_ count: Int, deviation: Float, _ generator: inout SeededGenerator) -> [Float] {
        (0..<count).map { _ in generator.nextNormal() * deviation }
    }
}
