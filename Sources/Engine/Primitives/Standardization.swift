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
    func callAsFunction(_ input: Tensor) -> (output: Tensor, mean: [Float], variance: [Float]) {
        precondition(input.count == outer * channels * inner, "standardization layout does not match shape \(input.shape)")
        let values = input.scalars
        let x = values.span
        let mean = channelMeans { index, _ in x[index] }
        let variance = channelMeans { index, c in (x[index] - mean[c]) * (x[index] - mean[c]) }
        let inverseDeviation = variance.map { 1 / ($0 + epsilon).squareRoot() }
        let normalized = [Float](count: values.count) { xHat in
            forEachValue { index, c in xHat[index] = (x[index] - mean[c]) * inverseDeviation[c] }
        }
        let output = Tensor(shape: input.shape, scalars: normalized, inputs: [input]) {
            { [normalized, inverseDeviation] output, g in
                let xHat = normalized.span
                let meanG = channelMeans { index, _ in g[index] }
                let meanGX = channelMeans { index, _ in g[index] * xHat[index] }
                output.inputs[0].accumulateWholeGradient { gx, existing in
                    forEachValue { index, c in
                        gx[index] = (existing ? gx[index] : 0)
                            + (g[index] - meanG[c] - xHat[index] * meanGX[c]) * inverseDeviation[c]
                    }
                }
            }
        }
        return (output, mean, variance)
    }

    /// The mean of `term` over each channel's N values.
    @inline(__always)
    private func channelMeans(of term: (_ index: Int, _ channel: Int) -> Float) -> [Float] {
        let n = Float(outer * inner)
        return [Float](zeros: channels) { means in
            forEachValue { index, c in means[c] += term(index, c) }
            for c in means.indices { means[c] /= n }
        }
    }

    /// Calls `body` with the flat index and the channel of every value, in memory order. Each
    /// channel's values still come in the same order (over A, then S), so per-channel sums
    /// add up exactly as a loop over one channel at a time would, while the memory is read
    /// straight through (for `[B, F]`, a loop over the features of a row, which vectorizes).
    @inline(__always)
    private func forEachValue(_ body: (_ index: Int, _ channel: Int) -> Void) {
        guard inner > 1 else { return forEachFeatureValue(rows: outer, features: channels, body) }
        // Wrapping arithmetic, as in `forEachFeatureValue`: an overflow check would keep the
        // loop from vectorizing.
        for a in 0..<outer {
            for c in 0..<channels {
                let start = (a &* channels &+ c) &* inner
                for offset in 0..<inner { body(start &+ offset, c) }
            }
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
