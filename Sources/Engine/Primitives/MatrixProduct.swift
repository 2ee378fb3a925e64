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
    let c = [Float](count: m * n) { c in
        // [M, K]·[K, N] → [M, N]
        BLAS.multiply(aValues.span, transposed: transposingA, bValues.span, transposed: transposingB,
                      into: &c, m: m, n: n, k: k, beta: 0)
    }
    return Tensor(shape: [m, n], scalars: c, inputs: [a, b]) {
        { [aValues, bValues] output, g in
            let (a, b) = (aValues.span, bValues.span)
            output.inputs[0].accumulateWholeGradient { ga, existing in
                // ∂L/∂op(A) = G·op(B)ᵀ: [M, N]·[N, K]; stored transposed when A was: op(B)·Gᵀ.
                if transposingA {
                    BLAS.multiply(b, transposed: transposingB, g, transposed: true,
                                  into: &ga, m: k, n: m, k: n, beta: existing ? 1 : 0)
                } else {
                    BLAS.multiply(g, transposed: false, b, transposed: !transposingB,
                                  into: &ga, m: m, n: k, k: n, beta: existing ? 1 : 0)
                }
            }
            output.inputs[1].accumulateWholeGradient { gb, existing in
                // ∂L/∂op(B) = op(A)ᵀ·G: [K, M]·[M, N]; stored transposed when B was: Gᵀ·op(A).
                if transposingB {
                    BLAS.multiply(g, transposed: true, a, transposed: transposingA,
                                  into: &gb, m: n, n: k, k: m, beta: existing ? 1 : 0)
                } else {
                    BLAS.multiply(a, transposed: !transposingA, g, transposed: false,
                                  into: &gb, m: k, n: n, k: m, beta: existing ? 1 : 0)
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
    let map = AffineMap(x, weight: weight, bias: bias)
    return Tensor(shape: [map.batch, map.outputs], scalars: map.values(), inputs: map.operands) {
        { output, g in map.accumulateGradients(g) }
    }
}
