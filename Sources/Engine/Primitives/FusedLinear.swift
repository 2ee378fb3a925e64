/// A linear layer and the element-wise activation after it as one primitive: y = f(x·W + b).
///
/// The values and gradients are those of `linear` followed by the activation's own primitive;
/// the graph gets one node instead of two, which saves a tensor, a backward closure and a
/// gradient buffer per layer (deep, narrow networks spend more time on those than on the
/// arithmetic). Backward, with z = x·W + b: ∂L/∂z = ∂L/∂y ⊙ f′(z), then the affine map's rule.
func linear<Function: ElementwiseFunction>(_ x: Tensor, weight: Tensor, bias: Tensor?, then function: Function) -> Tensor {
    linearWithPreActivation(x, weight: weight, bias: bias, then: function).output
}

/// `linear(_:weight:bias:then:)`, also returning z = x·W + b, which tracing records as the
/// linear layer's output.
func linearWithPreActivation<Function: ElementwiseFunction>(
    _ x: Tensor, weight: Tensor, bias: Tensor?, then function: Function
) -> (output: Tensor, preActivation: [Float]) {
    let map = AffineMap(x, weight: weight, bias: bias)
    let z = map.values()
    let y = [Float](unsafeUninitializedCapacity: z.count) { y, initialized in
        z.withUnsafeBufferPointer { z in
            if let source = z.baseAddress, let destination = y.baseAddress {
                function.values(of: source, into: destination, count: z.count)
            }
        }
        initialized = z.count
    }
    let kept = Function.kept(input: z, output: y)
    let output = Tensor(shape: [map.batch, map.outputs], scalars: y, inputs: map.operands) {
        { [kept] output in
            output.withGradient { g in
                // [B, O]: ∂L/∂z = ∂L/∂y ⊙ f′(z).
                let gz = [Float](unsafeUninitializedCapacity: g.count) { gz, initialized in
                    kept.withUnsafeBufferPointer { kept in
                        for i in g.indices { gz[i] = g[i] * function.derivative(from: kept, at: i) }
                    }
                    initialized = g.count
                }
                gz.withUnsafeBufferPointer { map.accumulateGradients($0) }
            }
        }
    }
    return (output, z)
}
