/// Matrix products through BLAS, and the fused affine map of a linear layer.
///
/// For C = A·B (A `[M, K]`, B `[K, N]`): ∂L/∂A = ∂L/∂C·Bᵀ and ∂L/∂B = Aᵀ·∂L/∂C. Both are
/// products again, with transposed operands that BLAS reads in place.

/// The matrix product op(a)·op(b), where op transposes the operand when asked:
/// `[M, K]·[K, N] → [M, N]`.
public func matmul(_ a: Tensor, _ b: Tensor, transposingA: Bool = false, transposingB: Bool = false) -> Tensor {
    precondition(a.rank == 2 && b.rank == 2, "matmul needs two matrices, got shapes \(a.shape) and \(b.shape)")
    let (m, k) = transposingA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let (k2, n) = transposingB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
    precondition(k == k2, "matmul: inner dimensions differ, \(a.shape)\(transposingA ? "ᵀ" : "") · \(b.shape)\(transposingB ? "ᵀ" : "")")
    let (aValues, bValues) = (a.scalars, b.scalars)
    let c = [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
        aValues.withUnsafeBufferPointer { a in
            bValues.withUnsafeBufferPointer { b in
                // [M, K]·[K, N] → [M, N]
                BLAS.multiply(a, transposed: transposingA, b, transposed: transposingB,
                              into: c, m: m, n: n, k: k, beta: 0)
            }
        }
        initialized = m * n
    }
    return Tensor(shape: [m, n], scalars: c, inputs: [a, b]) {
        { [aValues, bValues] output in
            let (left, right) = (output.inputs[0], output.inputs[1])
            output.withGradient { g in
                aValues.withUnsafeBufferPointer { a in
                    bValues.withUnsafeBufferPointer { b in
                        left.accumulateGradient { ga in
                            // ∂L/∂op(A) = G·op(B)ᵀ: [M, N]·[N, K]; stored transposed when A was: op(B)·Gᵀ.
                            if transposingA {
                                BLAS.multiply(b, transposed: transposingB, g, transposed: true,
                                              into: ga, m: k, n: m, k: n, beta: 1)
                            } else {
                                BLAS.multiply(g, transposed: false, b, transposed: !transposingB,
                                              into: ga, m: m, n: k, k: n, beta: 1)
                            }
                        }
                        right.accumulateGradient { gb in
                            // ∂L/∂op(B) = op(A)ᵀ·G: [K, M]·[M, N]; stored transposed when B was: Gᵀ·op(A).
                            if transposingB {
                                BLAS.multiply(g, transposed: true, a, transposed: transposingA,
                                              into: gb, m: n, n: k, k: m, beta: 1)
                            } else {
                                BLAS.multiply(a, transposed: !transposingA, g, transposed: false,
                                              into: gb, m: k, n: n, k: m, beta: 1)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The affine map of a linear layer, fused into one primitive: y = x·W + b.
///
/// Shapes: x `[B, I]`, W `[I, O]`, b `[O]`, y `[B, O]`. Backward:
/// ∂L/∂x = ∂L/∂y·Wᵀ, ∂L/∂W = xᵀ·∂L/∂y, ∂L/∂b = Σ_batch ∂L/∂y.
public func linear(_ x: Tensor, weight: Tensor, bias: Tensor?) -> Tensor {
    precondition(x.rank == 2 && weight.rank == 2 && x.shape[1] == weight.shape[0],
                 "a linear map from \(weight.shape.first ?? 0) features got input of shape \(x.shape)")
    let (batch, inputs, outputs) = (x.shape[0], weight.shape[0], weight.shape[1])
    if let bias { precondition(bias.shape == [outputs], "the bias needs shape [\(outputs)], got \(bias.shape)") }
    let (xValues, wValues) = (x.scalars, weight.scalars)
    let y = [Float](unsafeUninitializedCapacity: batch * outputs) { y, initialized in
        if let bias {
            bias.scalars.withUnsafeBufferPointer { b in
                for row in 0..<batch { (y.baseAddress! + row * outputs).initialize(from: b.baseAddress!, count: outputs) }
            }
        }
        xValues.withUnsafeBufferPointer { x in
            wValues.withUnsafeBufferPointer { w in
                // [B, I]·[I, O] → [B, O], added onto the bias rows.
                BLAS.multiply(x, transposed: false, w, transposed: false,
                              into: y, m: batch, n: outputs, k: inputs, beta: bias == nil ? 0 : 1)
            }
        }
        initialized = batch * outputs
    }
    let operands = [x, weight] + (bias.map { [$0] } ?? [])
    return Tensor(shape: [batch, outputs], scalars: y, inputs: operands) {
        { [xValues, wValues] output in
            output.withGradient { g in
                xValues.withUnsafeBufferPointer { x in
                    wValues.withUnsafeBufferPointer { w in
                        output.inputs[0].accumulateGradient { gx in
                            // [B, O]·[O, I] (Wᵀ read in place) → [B, I]
                            BLAS.multiply(g, transposed: false, w, transposed: true,
                                          into: gx, m: batch, n: inputs, k: outputs, beta: 1)
                        }
                        output.inputs[1].accumulateGradient { gw in
                            // [I, B]·[B, O] (xᵀ read in place) → [I, O]
                            BLAS.multiply(x, transposed: true, g, transposed: false,
                                          into: gw, m: inputs, n: outputs, k: batch, beta: 1)
                        }
                    }
                }
                if output.inputs.count == 3 {
                    output.inputs[2].accumulateGradient { gb in
                        for row in 0..<batch {
                            // A row pointer keeps index arithmetic out of the inner loop, which vectorizes.
                            let gRow = g.baseAddress! + row * outputs
                            for column in 0..<outputs { gb[column] += gRow[column] }
                        }
                    }
                }
            }
        }
    }
}
