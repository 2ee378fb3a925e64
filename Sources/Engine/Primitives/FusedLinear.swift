/// A linear layer and the element-wise activation after it as one primitive: y = f(x·W + b).
///
/// The values and gradients are those of `linear` followed by the activation's own primitive;
/// the graph gets one node instead of two, which saves a tensor, a backward closure and a
/// gradient buffer per layer (deep, narrow networks spend more time on those than on the
/// arithmetic). Backward, with z = x·W + b: ∂L/∂z = ∂L/∂y ⊙ f′(z), then the affine map's rule.
///
/// z is returned when `keepingPreActivation` is set (tracing records it as the linear layer's
/// output). Otherwise, when f′ is written in y or is a constant, f overwrites z in place: one
/// [B, O] buffer written instead of two.
func linear<Function: ElementwiseFunction>(
    _ x: Tensor, weight: Tensor, bias: Tensor?, then function: Function, keepingPreActivation: Bool
) -> (output: Tensor, preActivation: [Float]?) {
    let map = AffineMap(x, weight: weight, bias: bias)
    let inPlace = !keepingPreActivation && Function.derivativeReads != .input
    var y = map.values()
    let z = inPlace ? [] : y
    if inPlace {
        var values = y.mutableSpan
        function.apply(to: &values)
    } else {
        y = [Float](count: z.count) { y in function.values(of: z.span, into: &y) }
    }
    let kept = Function.kept(input: z, output: y)
    let output = Tensor(shape: [map.batch, map.outputs], scalars: y, inputs: map.operands) {
        { [kept] output, g in
            let kept = kept.span
            // [B, O]: ∂L/∂z = ∂L/∂y ⊙ f′(z).
            let gz = [Float](count: g.count) { gz in
                for i in gz.indices { gz[i] = g[i] * function.derivative(from: kept, at: i) }
            }
            map.accumulateGradients(gz.span)
        }
    }
    return (output, keepingPreActivation ? z : nil)
}
