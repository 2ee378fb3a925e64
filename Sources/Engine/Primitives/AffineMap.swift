/// The affine map of a linear layer, y = x·W + b, shared by `linear` and by the primitive
/// that fuses a linear layer with the activation after it.
///
/// Shapes: x `[B, I]`, W `[I, O]`, b `[O]`, y `[B, O]`. Backward, with g = ∂L/∂y:
/// ∂L/∂x = g·Wᵀ, ∂L/∂W = xᵀ·g, ∂L/∂b = Σ_batch g.
struct AffineMap {
    let batch: Int
    let inputs: Int
    let outputs: Int
    /// x, W and b (if any), the order the backward rule meets them in `Tensor.inputs`.
    let operands: [Tensor]
    /// x, kept only when W needs its gradient xᵀ·g.
    private let xValues: [Float]
    /// W, kept only when x needs its gradient g·Wᵀ (not for a network's first layer, whose
    /// input is data: the graph then holds no reference to W's values at all).
    private let wValues: [Float]

    init(_ x: Tensor, weight: Tensor, bias: Tensor?) {
        precondition(x.rank == 2 && weight.rank == 2 && x.shape[1] == weight.shape[0],
                     "a linear map from \(weight.shape.first ?? 0) features got input of shape \(x.shape)")
        (batch, inputs, outputs) = (x.shape[0], weight.shape[0], weight.shape[1])
        if let bias { precondition(bias.shape == [outputs], "the bias needs shape [\(outputs)], got \(bias.shape)") }
        operands = bias.map { [x, weight, $0] } ?? [x, weight]
        xValues = weight.requiresGradient ? x.scalars : []
        wValues = x.requiresGradient ? weight.scalars : []
    }

    /// x·W + b.
    func values() -> [Float] {
        let (x, w) = (operands[0].scalars, operands[1].scalars)
        let bias = operands.count == 3 ? operands[2].scalars : nil
        return [Float](count: batch * outputs) { y in
            if let bias {
                let b = bias.span
                // Element by element, and unchecked (every index is below B·O, y's count): the
                // compiler vectorizes this, where a copy per row would be a library call per row.
                for row in 0..<batch {
                    let start = row * outputs
                    for column in 0..<outputs { y[unchecked: start &+ column] = b[column] }
                }
            }
            // [B, I]·[I, O] → [B, O], added onto the bias rows.
            BLAS.multiply(x.span, transposed: false, w.span, transposed: false,
                          into: &y, m: batch, n: outputs, k: inputs, beta: bias == nil ? 0 : 1)
        }
    }

    /// Adds ∂L/∂x, ∂L/∂W and ∂L/∂b, from g = ∂L/∂y, into the gradients of `operands` (each
    /// only if it was asked for when the map was made, which is when its factor was kept).
    func accumulateGradients(_ g: Span<Float>) {
        if wValues.count == inputs * outputs {
            operands[0].accumulateWholeGradient { gx, existing in
                // [B, O]·[O, I] (Wᵀ read in place) → [B, I]
                BLAS.multiply(g, transposed: false, wValues.span, transposed: true,
                              into: &gx, m: batch, n: inputs, k: outputs, beta: existing ? 1 : 0)
            }
        }
        if xValues.count == batch * inputs {
            operands[1].accumulateWholeGradient { gw, existing in
                // [I, B]·[B, O] (xᵀ read in place) → [I, O]
                BLAS.multiply(xValues.span, transposed: true, g, transposed: false,
                              into: &gw, m: inputs, n: outputs, k: batch, beta: existing ? 1 : 0)
            }
        }
        guard operands.count == 3 else { return }
        precondition(g.count == batch * outputs, "∂L/∂y has \(g.count) values for a [\(batch), \(outputs)] output")
        operands[2].accumulateGradient { gb in
            // Unchecked, as in `values()`, so that the loop vectorizes.
            for row in 0..<batch {
                let start = row * outputs
                for column in 0..<outputs { gb[column] += g[unchecked: start &+ column] }
            }
        }
    }
}
