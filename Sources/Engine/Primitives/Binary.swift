/// The table of two-operand element-wise primitives, broadcasting like NumPy.
///
/// A rule gives z = f(a, b) and the partial derivatives (∂z/∂a, ∂z/∂b). Backward multiplies
/// the output's gradient by each partial; where an operand was stretched by broadcasting,
/// the contributions of all the positions it was copied to add up.
protocol BinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float)
}

/// z = a + b: ∂z/∂a = 1, ∂z/∂b = 1.
struct Addition: BinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a + b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (1, 1) }
}

/// z = a − b: ∂z/∂a = 1, ∂z/∂b = −1.
struct Subtraction: BinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a - b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (1, -1) }
}

/// z = a·b: ∂z/∂a = b, ∂z/∂b = a.
struct Multiplication: BinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a * b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (b, a) }
}

/// z = a/b: ∂z/∂a = 1/b, ∂z/∂b = −a/b².
struct Division: BinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a / b }
    func derivatives(_ a: Float, _ b: Float) -> (Float, Float) { (1 / b, -a / (b * b)) }
}

extension Tensor {
    /// Combines `self` and `other` element-wise through `function`, with broadcasting.
    func combined<Function: BinaryFunction>(with other: Tensor, by function: Function) -> Tensor {
        let plan = Broadcast(shape, other.shape)
        let a = scalars, b = other.scalars
        let total = plan.outerCount * plan.innerCount
        let z = [Float](unsafeUninitializedCapacity: total) { z, initialized in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    plan.forEachRow { zStart, aStart, bStart in
                        let (zRow, aRow, bRow) = (z.baseAddress! + zStart, a.baseAddress! + aStart, b.baseAddress! + bStart)
                        for i in 0..<plan.innerCount {
                            zRow[i] = function.value(aRow[i &* plan.leftStride], bRow[i &* plan.rightStride])
                        }
                    }
                }
            }
            initialized = total
        }
        return Tensor(shape: plan.shape, scalars: z, inputs: [self, other]) {
            { [a, b] output in
                let (left, right) = (output.inputs[0], output.inputs[1])
                output.withGradient { g in
                    a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { b in
                            left.accumulateGradient { ga in
                                plan.forEachRow { gStart, aStart, bStart in
                                    let (gRow, gaRow) = (g.baseAddress! + gStart, ga.baseAddress! + aStart)
                                    let (aRow, bRow) = (a.baseAddress! + aStart, b.baseAddress! + bStart)
                                    for i in 0..<plan.innerCount {
                                        let (ia, ib) = (i &* plan.leftStride, i &* plan.rightStride)
                                        gaRow[ia] += gRow[i] * function.derivatives(aRow[ia], bRow[ib]).0
                                    }
                                }
                            }
                            right.accumulateGradient { gb in
                                plan.forEachRow { gStart, aStart, bStart in
                                    let (gRow, gbRow) = (g.baseAddress! + gStart, gb.baseAddress! + bStart)
                                    let (aRow, bRow) = (a.baseAddress! + aStart, b.baseAddress! + bStart)
                                    for i in 0..<plan.innerCount {
                                        let (ia, ib) = (i &* plan.leftStride, i &* plan.rightStride)
                                        gbRow[ib] += gRow[i] * function.derivatives(aRow[ia], bRow[ib]).1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
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
