import Foundation

/// The table of element-wise primitives: each function next to its hand-derived derivative.
///
/// A rule gives y = f(x) and dy/dx in terms of x or y (whichever is cheaper), and says which
/// one, so that the graph keeps only that array alive until the backward pass. The backward
/// pass multiplies the output's gradient by dy/dx, element by element (the chain rule).
protocol ElementwiseFunction {
    /// The value dy/dx is written in; the other argument of `derivative` is then NaN.
    static var derivativeReads: DerivativeArgument { get }
    func value(_ x: Float) -> Float
    func derivative(x: Float, y: Float) -> Float
    /// Writes `value(x[i])` into `y[i]` for every i.
    func values(of x: Span<Float>, into y: inout MutableSpan<Float>)
    /// Replaces every value v by f(v), with the bits `values(of:into:)` would write.
    func apply(to values: inout MutableSpan<Float>)
}

/// What an element-wise derivative is computed from.
enum DerivativeArgument {
    /// The input x.
    case input
    /// The output y.
    case output
    /// Neither: dy/dx is a constant.
    case neither
}

extension ElementwiseFunction {
    /// The values the backward pass needs: x, y, or nothing, as `derivativeReads` says.
    static func kept(input x: [Float], output y: [Float]) -> [Float] {
        switch derivativeReads {
        case .input: x
        case .output: y
        case .neither: []
        }
    }

    /// dy/dx at element `index`, from the values `kept(input:output:)` returned.
    @inline(__always)
    func derivative(from kept: Span<Float>, at index: Int) -> Float {
        switch Self.derivativeReads {
        case .input: derivative(x: kept[index], y: .nan)
        case .output: derivative(x: .nan, y: kept[index])
        case .neither: derivative(x: .nan, y: .nan)
        }
    }

    /// One value at a time, in a loop the compiler vectorizes.
    func values(of x: Span<Float>, into y: inout MutableSpan<Float>) {
        for index in y.indices { y[index] = value(x[index]) }
    }

    /// One value at a time, as `values(of:into:)`.
    func apply(to values: inout MutableSpan<Float>) {
        for index in values.indices { values[index] = value(values[index]) }
    }
}

/// y = eˣ, dy/dx = y. Exact (the C library's expf), so overflow gives +∞ as it should.
struct Exponential: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.output
    func value(_ x: Float) -> Float { Foundation.exp(x) }
    func derivative(x: Float, y: Float) -> Float { y }
}

/// y = ln x, dy/dx = 1/x.
struct Logarithm: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    func value(_ x: Float) -> Float { Foundation.log(x) }
    func derivative(x: Float, y: Float) -> Float { 1 / x }
}

/// y = √x, dy/dx = 1/(2√x) = 1/(2y).
struct SquareRoot: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.output
    func value(_ x: Float) -> Float { x.squareRoot() }
    func derivative(x: Float, y: Float) -> Float { 0.5 / y }
}

/// y = x², dy/dx = 2x.
struct Square: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    func value(_ x: Float) -> Float { x * x }
    func derivative(x: Float, y: Float) -> Float { 2 * x }
}

/// y = xᵖ, dy/dx = p·xᵖ⁻¹.
struct Power: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    let exponent: Float
    func value(_ x: Float) -> Float { Foundation.pow(x, exponent) }
    func derivative(x: Float, y: Float) -> Float { exponent * Foundation.pow(x, exponent - 1) }
}

/// y = c·x, dy/dx = c.
struct Scale: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.neither
    let factor: Float
    func value(_ x: Float) -> Float { factor * x }
    func derivative(x: Float, y: Float) -> Float { factor }
}

/// y = x + c, dy/dx = 1.
struct Shift: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.neither
    let offset: Float
    func value(_ x: Float) -> Float { x + offset }
    func derivative(x: Float, y: Float) -> Float { 1 }
}

/// y = tanh x, dy/dx = 1 − y².
struct HyperbolicTangent: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.output
    func value(_ x: Float) -> Float { Foundation.tanh(x) }
    func derivative(x: Float, y: Float) -> Float { 1 - y * y }
}

/// y = erf x = (2/√π)∫₀ˣ e^(−t²) dt, dy/dx = (2/√π)·e^(−x²).
struct ErrorFunction: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    func value(_ x: Float) -> Float { Foundation.erf(x) }
    func derivative(x: Float, y: Float) -> Float { 1.128_379_2 * Foundation.exp(-x * x) }
}

/// y = σ(x) = 1/(1 + e^(−x)), dy/dx = y(1 − y), which is at most 1/4 (at x = 0).
struct Logistic: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.output
    func value(_ x: Float) -> Float { fastSigmoid(x) }
    func derivative(x: Float, y: Float) -> Float { y * (1 - y) }
    /// Eight lanes at a time, through the vector form of `fastSigmoid` (whose loads and
    /// stores of eight values need pointers).
    func values(of x: Span<Float>, into y: inout MutableSpan<Float>) {
        precondition(x.count == y.count, "sigmoid of \(x.count) values into \(y.count)")
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in Self.sigmoid(of: x, into: y) }
        }
    }

    /// The same eight-lane loop, reading and writing one buffer.
    func apply(to values: inout MutableSpan<Float>) {
        values.withUnsafeMutableBufferPointer { values in
            Self.sigmoid(of: UnsafeBufferPointer(values), into: values)
        }
    }

    /// y = σ(x) for buffers of one count, which may be the same buffer: each group of eight
    /// is read before it is written.
    private static func sigmoid(of x: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>) {
        guard let source = x.baseAddress, let destination = y.baseAddress else { return }
        let count = x.count, whole = wholeVectors(count)
        for index in stride(from: 0, to: whole, by: Vector.scalarCount) {
            destination.store(fastSigmoid(source.vector(at: index)), at: index)
        }
        if whole < count {
            destination.storePrefix(fastSigmoid(source.paddedVector(at: whole, count: count - whole)), at: whole, count: count - whole)
        }
    }
}

/// y = max(0, x), dy/dx = 1 for x > 0 and 0 otherwise (0 at x = 0, by convention). Written in
/// y, which is positive exactly where x is, so that y can overwrite x.
struct Rectifier: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.output
    func value(_ x: Float) -> Float { x > 0 ? x : 0 }
    func derivative(x: Float, y: Float) -> Float { y > 0 ? 1 : 0 }
}

/// y = x for x > 0 and a·x otherwise, dy/dx = 1 or a.
struct LeakyRectifier: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    let slope: Float
    func value(_ x: Float) -> Float { x > 0 ? x : slope * x }
    func derivative(x: Float, y: Float) -> Float { x > 0 ? 1 : slope }
}

/// GELU, exact form: y = x·Φ(x) with Φ(x) = ½(1 + erf(x/√2)) the standard normal CDF;
/// dy/dx = Φ(x) + x·φ(x) with φ(x) = e^(−x²/2)/√(2π).
struct GaussianErrorLinear: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    func value(_ x: Float) -> Float { x * 0.5 * (1 + Foundation.erf(x * 0.707_106_78)) }
    func derivative(x: Float, y: Float) -> Float {
        0.5 * (1 + Foundation.erf(x * 0.707_106_78)) + x * 0.398_942_28 * Foundation.exp(-0.5 * x * x)
    }
}

/// SiLU (swish): y = x·σ(x), dy/dx = σ(x)·(1 + x·(1 − σ(x))).
struct SigmoidWeightedLinear: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    func value(_ x: Float) -> Float { x / (1 + fastExp(-x)) }
    func derivative(x: Float, y: Float) -> Float {
        let s = 1 / (1 + fastExp(-x))
        return s * (1 + x * (1 - s))
    }
}

/// Mish: y = x·tanh(softplus x) with softplus x = ln(1 + eˣ);
/// dy/dx = t + x·(1 − t²)·σ(x), where t = tanh(softplus x) and σ = softplus′.
struct MishFunction: ElementwiseFunction {
    static let derivativeReads = DerivativeArgument.input
    func value(_ x: Float) -> Float { x * Foundation.tanh(MishFunction.softplus(x)) }
    func derivative(x: Float, y: Float) -> Float {
        let t = Foundation.tanh(MishFunction.softplus(x))
        return t + x * (1 - t * t) / (1 + Foundation.exp(-x))
    }
    /// ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|)), which never overflows.
    static func softplus(_ x: Float) -> Float { Swift.max(x, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(x))) }
}

extension Tensor {
    /// Applies `function` to every element and records dy/dx for the backward pass.
    func applying<Function: ElementwiseFunction>(_ function: Function) -> Tensor {
        let x = scalars
        let y = [Float](count: x.count) { y in function.values(of: x.span, into: &y) }
        let kept = Function.kept(input: x, output: y)
        return Tensor(shape: shape, scalars: y, inputs: [self]) {
            { [kept] output, g in
                let kept = kept.span
                output.inputs[0].accumulateWholeGradient { gx, existing in
                    // ∂L/∂x = ∂L/∂y · dy/dx
                    for i in gx.indices { gx[i] = (existing ? gx[i] : 0) + g[i] * function.derivative(from: kept, at: i) }
                }
            }
        }
    }
}

/// eˣ element-wise.
public func exp(_ x: Tensor) -> Tensor { x.applying(Exponential()) }
/// ln x element-wise.
public func log(_ x: Tensor) -> Tensor { x.applying(Logarithm()) }
/// √x element-wise.
public func sqrt(_ x: Tensor) -> Tensor { x.applying(SquareRoot()) }
/// tanh x element-wise: squashes to (−1, 1); its derivative 1 − tanh²x is at most 1.
public func tanh(_ x: Tensor) -> Tensor { x.applying(HyperbolicTangent()) }
/// The error function erf x element-wise.
public func erf(_ x: Tensor) -> Tensor { x.applying(ErrorFunction()) }
/// x² element-wise.
public func square(_ x: Tensor) -> Tensor { x.applying(Square()) }
/// xᵖ element-wise, for a fixed exponent `p`.
public func pow(_ x: Tensor, _ exponent: Float) -> Tensor { x.applying(Power(exponent: exponent)) }

/// The logistic sigmoid σ(x) = 1/(1 + e^(−x)) element-wise; σ′(x) = σ(x)(1 − σ(x)) ≤ 1/4.
public func sigmoid(_ x: Tensor) -> Tensor { x.applying(Logistic()) }
/// ReLU: max(0, x) element-wise; its derivative is 1 for positive inputs and 0 otherwise.
public func relu(_ x: Tensor) -> Tensor { x.applying(Rectifier()) }
/// Leaky ReLU: x for x > 0, `slope`·x otherwise (Maas et al., 2013).
public func leakyReLU(_ x: Tensor, slope: Float = 0.01) -> Tensor { x.applying(LeakyRectifier(slope: slope)) }
/// GELU in its exact form x·Φ(x), Φ the standard normal CDF (Hendrycks & Gimpel, 2016),
/// not the tanh approximation.
public func gelu(_ x: Tensor) -> Tensor { x.applying(GaussianErrorLinear()) }
/// SiLU (swish): x·σ(x) (Elfwing et al., 2017; Ramachandran et al., 2017).
public func silu(_ x: Tensor) -> Tensor { x.applying(SigmoidWeightedLinear()) }
/// Mish: x·tanh(ln(1 + eˣ)) (Misra, 2019).
public func mish(_ x: Tensor) -> Tensor { x.applying(MishFunction()) }

/// −x.
public prefix func - (x: Tensor) -> Tensor { x.applying(Scale(factor: -1)) }
/// x·c for a constant c.
public func * (x: Tensor, factor: Float) -> Tensor { x.applying(Scale(factor: factor)) }
/// c·x for a constant c.
public func * (factor: Float, x: Tensor) -> Tensor { x.applying(Scale(factor: factor)) }
/// x/c for a constant c.
public func / (x: Tensor, divisor: Float) -> Tensor { x.applying(Scale(factor: 1 / divisor)) }
/// x + c for a constant c.
public func + (x: Tensor, offset: Float) -> Tensor { x.applying(Shift(offset: offset)) }
/// c + x for a constant c.
public func + (offset: Float, x: Tensor) -> Tensor { x.applying(Shift(offset: offset)) }
/// x − c for a constant c.
public func - (x: Tensor, offset: Float) -> Tensor { x.applying(Shift(offset: -offset)) }
/// c − x for a constant c.
public func - (offset: Float, x: Tensor) -> Tensor { (-x).applying(Shift(offset: offset)) }
