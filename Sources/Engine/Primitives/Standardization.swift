/// Standardization, the core of every normalization layer, as one fused primitive with a
/// hand-derived backward pass (the derivation the normalization lesson walks through).
///
/// The input is seen as `[A, C, S]`: statistics are taken per channel c over the A·S values
/// x[a, c, s] (N = A·S). Batch norm on `[B, C, H, W]` is A = B, S = H·W; on `[B, F]` it is
/// A = B, C = F, S = 1; layer norm on `[B, F]` is A = 1, C = B, S = F.
///
/// Forward:  μ = (1/N)Σx,  σ² = (1/N)Σ(x − μ)²,  x̂ = (x − μ)/√(σ² + ε).
/// Backward, with g = ∂L/∂x̂ and means taken over the same N values:
///     ∂L/∂x = (g − mean(g) − x̂·mean(g·x̂)) / √(σ² + ε).
/// (x̂ depends on x directly, through μ, and through σ²; the two mean terms are those paths.)
struct Standardization {
    let outer: Int
    let channels: Int
    let inner: Int
    let epsilon: Float

    /// x̂, and the per-channel mean and (biased) variance that produced it.
    func callAsFunction(_ x: Tensor) -> (output: Tensor, mean: [Float], variance: [Float]) {
        precondition(x.count == outer * channels * inner, "standardization layout does not match shape \(x.shape)")
        let n = Float(outer * inner)
        var mean = [Float](repeating: 0, count: channels)
        var variance = [Float](repeating: 0, count: channels)
        var inverseDeviation = [Float](repeating: 0, count: channels)
        let values = x.scalars
        var normalized = [Float](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { x in
            for c in 0..<channels {
                var sum: Float = 0
                forEachIndex(ofChannel: c) { sum += x[$0] }
                let mu = sum / n
                var squares: Float = 0
                forEachIndex(ofChannel: c) { squares += (x[$0] - mu) * (x[$0] - mu) }
                mean[c] = mu
                variance[c] = squares / n
                inverseDeviation[c] = 1 / (variance[c] + epsilon).squareRoot()
                let scale = inverseDeviation[c]
                forEachIndex(ofChannel: c) { normalized[$0] = (x[$0] - mu) * scale }
            }
        }
        let output = Tensor(shape: x.shape, scalars: normalized, inputs: [x]) {
            { [normalized, inverseDeviation] output in
                output.withGradient { g in
                    output.inputs[0].accumulateGradient { gx in
                        for c in 0..<channels {
                            var meanG: Float = 0, meanGX: Float = 0
                            forEachIndex(ofChannel: c) {
                                meanG += g[$0]
                                meanGX += g[$0] * normalized[$0]
                            }
                            meanG /= n
                            meanGX /= n
                            let scale = inverseDeviation[c]
                            forEachIndex(ofChannel: c) {
                                gx[$0] += (g[$0] - meanG - normalized[$0] * meanGX) * scale
                            }
                        }
                    }
                }
            }
        }
        return (output, mean, variance)
    }

    /// Calls `body` with the flat index of every value of channel `c`, in memory order.
    @inline(__always)
    private func forEachIndex(ofChannel c: Int, _ body: (Int) -> Void) {
        for a in 0..<outer {
            let start = (a * channels + c) * inner
            for index in start..<start + inner { body(index) }
        }
    }
}

/// Batch standardization x̂ = (x − μ)/√(σ² + ε), statistics per feature (axis 1) over the batch
/// and any spatial axes: `[B, F]` or `[B, C, H, W]`. Fused, with the hand-derived backward pass.
public func batchStandardized(_ x: Tensor, epsilon: Float = 1e-5) -> Tensor {
    precondition(x.rank >= 2, "batch standardization needs [batch, features, ...], got \(x.shape)")
    let standardize = Standardization(outer: x.shape[0], channels: x.shape[1],
                                      inner: x.shape.dropFirst(2).reduce(1, *), epsilon: epsilon)
    return standardize(x).output
}

/// The same function as `batchStandardized`, composed from primitives (means, subtraction,
/// square root, division), so its gradient comes from automatic differentiation alone.
/// Slower; it exists to check the fused backward pass and to show that both agree.
public func batchStandardizedByComposition(_ x: Tensor, epsilon: Float = 1e-5) -> Tensor {
    precondition(x.rank >= 2, "batch standardization needs [batch, features, ...], got \(x.shape)")
    // [B, C, ...] → [B, C, S]; the means over S then over B give per-channel means [1, C, 1]
    // (a mean of equal-sized means is the overall mean).
    let grouped = x.reshaped(to: [x.shape[0], x.shape[1], -1])
    let mean = grouped.mean(alongAxis: 2, keepingDimension: true).mean(alongAxis: 0, keepingDimension: true)
    let centered = grouped - mean
    let variance = square(centered).mean(alongAxis: 2, keepingDimension: true).mean(alongAxis: 0, keepingDimension: true)
    return (centered / sqrt(variance + epsilon)).reshaped(to: x.shape)
}
