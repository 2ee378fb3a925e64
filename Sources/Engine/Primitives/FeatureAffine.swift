/// Batch norm's last step on `[B, F]` as one primitive: y = n·γ + β per feature, where n is the
/// input itself (already standardized, in training) or n = (x − μ)·s with the running mean μ and
/// s = 1/√(σ² + ε) (in evaluation).
///
/// Backward, with g = ∂L/∂y: ∂L/∂n = g·γ, so ∂L/∂x = g·γ (training) or (g·γ)·s (evaluation);
/// ∂L/∂γ = Σ_batch g·n; ∂L/∂β = Σ_batch g. One pass over the values, where the same function
/// composed from broadcasting primitives takes two (training) or four (evaluation) and keeps
/// a tensor per step. Each value goes through the same operations in the same order as in the
/// composition, and the sums run over the batch in the same order, so the two agree bit for bit.
struct FeatureAffine {
    let batch: Int
    let features: Int
    /// μ and s for evaluation; nil when the input is already standardized.
    let running: (mean: [Float], inverseDeviation: [Float])?

    /// n·γ + β for `input` `[B, F]`, γ and β `[F]`.
    func callAsFunction(_ input: Tensor, scale: Tensor, offset: Tensor) -> Tensor {
        precondition(input.shape == [batch, features] && scale.shape == [features] && offset.shape == [features],
                     "a per-feature affine map of \(features) features got \(input.shape), γ \(scale.shape), β \(offset.shape)")
        let (x, gamma, beta) = (input.scalars, scale.scalars, offset.scalars)
        let n: [Float] = running.map { running in
            [Float](count: x.count) { n in
                forEachValue { index, c in n[index] = (x[index] - running.mean[c]) * running.inverseDeviation[c] }
            }
        } ?? x
        let y = [Float](count: x.count) { y in
            forEachValue { index, c in y[index] = n[index] * gamma[c] + beta[c] }
        }
        let keptN = scale.requiresGradient ? n : []
        let keptGamma = input.requiresGradient ? gamma : []
        return Tensor(shape: input.shape, scalars: y, inputs: [input, scale, offset]) {
            { [keptN, keptGamma, running] output, g in
                output.inputs[0].accumulateGradient { gx in
                    if let running {
                        forEachValue { index, c in gx[index] += g[index] * keptGamma[c] * running.inverseDeviation[c] }
                    } else {
                        forEachValue { index, c in gx[index] += g[index] * keptGamma[c] }
                    }
                }
                output.inputs[1].accumulateGradient { gGamma in
                    forEachValue { index, c in gGamma[c] += g[index] * keptN[index] }
                }
                output.inputs[2].accumulateGradient { gBeta in
                    forEachValue { index, c in gBeta[c] += g[index] }
                }
            }
        }
    }

    /// Calls `body` with the flat index and the feature of every value, row by row.
    @inline(__always)
    private func forEachValue(_ body: (_ index: Int, _ feature: Int) -> Void) {
        forEachFeatureValue(rows: batch, features: features, body)
    }
}
