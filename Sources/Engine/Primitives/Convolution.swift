/// Two-dimensional convolution (cross-correlation, as in every framework) by im2col + GEMM.
///
/// Shapes: x `[B, C, H, W]`, weight `[O, C, K, K]`, bias `[O]`, y `[B, O, Ho, Wo]` with
/// Ho = (H + 2P − K)/S + 1 (S stride, P zero padding), likewise Wo.
/// y[b, o, i, j] = bias[o] + Σ_{c, u, v} weight[o, c, u, v] · x[b, c, i·S + u − P, j·S + v − P].
///
/// im2col copies every K×K patch into a column of `cols [C·K·K, B·Ho·Wo]`, so the whole
/// convolution is one matrix product `weight [O, C·K·K] · cols → [O, B·Ho·Wo]`. Backward:
/// ∂L/∂weight = G·colsᵀ, ∂L/∂cols = weightᵀ·G, and col2im adds each column back onto the
/// input positions it was copied from; ∂L/∂bias sums G over batch and positions.
struct ConvolutionGeometry {
    let batch, channels, height, width: Int
    let kernel, stride, padding: Int
    var outputHeight: Int { (height + 2 * padding - kernel) / stride + 1 }
    var outputWidth: Int { (width + 2 * padding - kernel) / stride + 1 }
    var patchLength: Int { channels * kernel * kernel }
    var positions: Int { batch * outputHeight * outputWidth }

    /// Visits every (column row, column, input index) triple of the im2col matrix whose
    /// patch position lies inside the image (padding positions are zero and skipped).
    @inline(__always)
    func forEachPatchValue(_ body: (_ columnIndex: Int, _ inputIndex: Int) -> Void) {
        let (ho, wo) = (outputHeight, outputWidth)
        for c in 0..<channels {
            for u in 0..<kernel {
                for v in 0..<kernel {
                    let patchRow = (c * kernel + u) * kernel + v
                    for b in 0..<batch {
                        for i in 0..<ho {
                            let y = i * stride + u - padding
                            guard y >= 0 && y < height else { continue }
                            let columnBase = patchRow * positions + (b * ho + i) * wo
                            let inputBase = ((b * channels + c) * height + y) * width
                            for j in 0..<wo {
                                let x = j * stride + v - padding
                                if x >= 0 && x < width { body(columnBase + j, inputBase + x) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// im2col: the `[C·K·K, B·Ho·Wo]` matrix whose columns are the K×K patches of `x`
    /// (`[B, C, H, W]`), zero where a patch reaches into the padding.
    func columns(of x: Span<Float>) -> [Float] {
        [Float](zeros: patchLength * positions) { cols in
            forEachPatchValue { column, input in cols[column] = x[input] }
        }
    }
}

/// The convolution of `x` with `weight` plus `bias`, as described on `ConvolutionGeometry`.
public func conv2d(_ x: Tensor, weight: Tensor, bias: Tensor?, stride: Int = 1, padding: Int = 0) -> Tensor {
    precondition(x.rank == 4, "conv2d needs input of shape [batch, channels, height, width], got \(x.shape)")
    precondition(weight.rank == 4 && weight.shape[2] == weight.shape[3] && weight.shape[1] == x.shape[1],
                 "conv2d: weight \(weight.shape) does not fit input \(x.shape) (need [out, \(x.shape[1]), K, K])")
    precondition(stride >= 1 && padding >= 0, "conv2d needs stride ≥ 1 and padding ≥ 0, got \(stride) and \(padding)")
    let geometry = ConvolutionGeometry(batch: x.shape[0], channels: x.shape[1], height: x.shape[2], width: x.shape[3],
                                       kernel: weight.shape[2], stride: stride, padding: padding)
    precondition(geometry.outputHeight >= 1 && geometry.outputWidth >= 1,
                 "conv2d: a \(geometry.kernel)×\(geometry.kernel) kernel does not fit input \(x.shape) with padding \(padding)")
    let filters = weight.shape[0]
    let (positions, patch) = (geometry.positions, geometry.patchLength)
    let plane = geometry.outputHeight * geometry.outputWidth

    let (input, weights) = (x.scalars, weight.scalars)
    let cols = geometry.columns(of: input.span)
    let product = [Float](count: filters * positions) { product in
        // [O, C·K·K]·[C·K·K, B·Ho·Wo] → [O, B·Ho·Wo]
        BLAS.multiply(weights.span, transposed: false, cols.span, transposed: false,
                      into: &product, m: filters, n: positions, k: patch, beta: 0)
    }
    // [O, B, Ho·Wo] → [B, O, Ho·Wo], adding the bias.
    let biasValues = bias?.scalars ?? [Float](repeating: 0, count: filters)
    var y = [Float](repeating: 0, count: filters * positions)
    for b in 0..<geometry.batch {
        for o in 0..<filters {
            for p in 0..<plane { y[(b * filters + o) * plane + p] = product[(o * geometry.batch + b) * plane + p] + biasValues[o] }
        }
    }
    let operands = [x, weight] + (bias.map { [$0] } ?? [])
    return Tensor(shape: [geometry.batch, filters, geometry.outputHeight, geometry.outputWidth], scalars: y, inputs: operands) {
        { [cols, weights] output, gy in
            // [B, O, Ho·Wo] → G [O, B·Ho·Wo]
            let g = [Float](count: filters * positions) { g in
                for b in 0..<geometry.batch {
                    for o in 0..<filters {
                        for p in 0..<plane { g[(o * geometry.batch + b) * plane + p] = gy[(b * filters + o) * plane + p] }
                    }
                }
            }
            output.inputs[1].accumulateGradient { gw in
                // [O, B·Ho·Wo]·[B·Ho·Wo, C·K·K] (colsᵀ read in place) → [O, C·K·K]
                BLAS.multiply(g.span, transposed: false, cols.span, transposed: true,
                              into: &gw, m: filters, n: patch, k: positions, beta: 1)
            }
            if output.inputs[0].requiresGradient {
                let gcols = [Float](count: patch * positions) { gcols in
                    // [C·K·K, O] (weightᵀ read in place)·[O, B·Ho·Wo] → [C·K·K, B·Ho·Wo]
                    BLAS.multiply(weights.span, transposed: true, g.span, transposed: false,
                                  into: &gcols, m: patch, n: positions, k: filters, beta: 0)
                }
                output.inputs[0].accumulateGradient { gx in
                    geometry.forEachPatchValue { gx[$1] += gcols[$0] }
                }
            }
            if output.inputs.count == 3 {
                output.inputs[2].accumulateGradient { gb in
                    for o in 0..<filters {
                        for p in 0..<positions { gb[o] += g[o * positions + p] }
                    }
                }
            }
        }
    }
}
