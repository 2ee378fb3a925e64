/// The table of two-operand element-wise primitives, broadcasting like NumPy.
///
/// A rule gives z = f(a, b) and the partial derivatives (∂z/∂a, ∂z/∂b). Backward multiplies
/// the output's gradient by each partial; where an operand was stretched by broadcasting,
/// the contributions of all the positions it was copied to add up.
protocol BinaryFunction {
    /// Whether the partials depend on the operands (for a product or a quotient), so that the
    /// graph keeps them until the backward pass; a sum's and a difference's are constants.
    static var derivativesReadOperands: Bool { get }
    func value(_ a: Float, _ b: Float) -> Float
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float)
}

/// z = a + b: ∂z/∂a = 1, ∂z/∂b = 1.
struct Addition: BinaryFunction {
    static let derivativesReadOperands = false
    func value(_ a: Float, _ b: Float) -> Float { a + b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (1, 1) }
}

/// z = a − b: ∂z/∂a = 1, ∂z/∂b = −1.
struct Subtraction: BinaryFunction {
    static let derivativesReadOperands = false
    func value(_ a: Float, _ b: Float) -> Float { a - b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (1, -1) }
}

/// z = a·b: ∂z/∂a = b, ∂z/∂b = a.
struct Multiplication: BinaryFunction {
    static let derivativesReadOperands = true
    func value(_ a: Float, _ b: Float) -> Float { a * b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (b, a) }
}

/// z = a/b: ∂z/∂a = 1/b, ∂z/∂b = −a/b².
struct Division: BinaryFunction {
    static let derivativesReadOperands = true
    func value(_ a: Float, _ b: Float) -> Float { a / b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (1 / b, -a / (b * b)) }
}

extension Tensor {
    /// Combines `self` and `other` element-wise through `function`, with broadcasting.
    func combined<Function: BinaryFunction>(with other: Tensor, by function: Function) -> Tensor {
        let plan = Broadcast(shape, other.shape)
        let (aValues, bValues) = (scalars, other.scalars)
        // The loops index without bounds checks (`unchecked`): the plan keeps every index inside
        // its operand, and a check per value would keep them from vectorizing.
        let z = [Float](count: plan.outerCount * plan.innerCount) { z in
            let (a, b) = (aValues.span, bValues.span)
            plan.forEachRow { zStart, aStart, bStart in
                for i in 0..<plan.innerCount {
                    let (ia, ib) = (aStart &+ i &* plan.leftStride, bStart &+ i &* plan.rightStride)
                    z[unchecked: zStart &+ i] = function.value(a[unchecked: ia], b[unchecked: ib])
                }
            }
        }
        let (keptA, keptB) = Function.derivativesReadOperands ? (aValues, bValues) : ([], [])
        return Tensor(shape: plan.shape, scalars: z, inputs: [self, other]) {
            { [keptA, keptB] output, g in
                let (a, b) = (keptA.span, keptB.span)
                // ∂L/∂a += g·∂z/∂a and ∂L/∂b += g·∂z/∂b, where a stretched operand (stride 0)
                // collects the contributions of every position it reached.
                output.inputs[0].accumulateGradient { ga in
                    plan.forEachRow { gStart, aStart, bStart in
                        for i in 0..<plan.innerCount {
                            let (ia, ib) = (aStart &+ i &* plan.leftStride, bStart &+ i &* plan.rightStride)
                            ga[unchecked: ia] += g[unchecked: gStart &+ i] * function.partials(a, ia, b, ib).a
                        }
                    }
                }
                output.inputs[1].accumulateGradient { gb in
                    plan.forEachRow { gStart, aStart, bStart in
                        for i in 0..<plan.innerCount {
                            let (ia, ib) = (aStart &+ i &* plan.leftStride, bStart &+ i &* plan.rightStride)
                            gb[unchecked: ib] += g[unchecked: gStart &+ i] * function.partials(a, ia, b, ib).b
                        }
                    }
                }
            }
        }
    }
}

extension BinaryFunction {
    /// (∂z/∂a, ∂z/∂b) at a[ia], b[ib]; the operands are read only if the rule kept them.
    @inline(__always)
    func partials(_ a: Span<Float>, _ ia: Int, _ b: Span<Float>, _ ib: Int) -> (a: Float, b: Float) {
        Self.derivativesReadOperands ? derivatives(a[unchecked: ia], b[unchecked: ib]) : derivatives(.nan, .nan)
    }
}

/// a + b element-wise, broadcasting (e.g. `[B, F] + [F]` adds the row to every example).
public func + (a: Tensor, b: Tensor) -> Tensor { a.combined(with: b, by: Addition()) }
/// a − b element-wise, broadcasting.
public func - (a: Tensor, b: Tensor) -> Tensor { a.combined(with: b, by: Subtraction()) }
/// a·b element-wise (the Hadamard product), broadcasting; `matmul` is the matrix product.
public func * (a: Tensor, b: Tensor) -> Tensor { a.combined(with: b, by: Multiplication()) }
/// a/b element-wise, broadcasting.
public func / (a: Tensor, b: Tensor) -> Tensor { a.combined(with: b, by: Division()) }
