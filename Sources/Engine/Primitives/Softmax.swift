import Foundation

/// Softmax and log-softmax along the last axis, each one fused primitive.
///
/// For a row x: softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m), where subtracting m = max(x)
/// changes nothing mathematically but keeps every exponential ≤ 1, so nothing overflows.
/// log-softmax(x)ᵢ = xᵢ − m − ln Σⱼ e^(xⱼ − m).
/// Backward, with g the output's gradient and s the softmax:
/// softmax: ∂L/∂xᵢ = sᵢ·(gᵢ − Σⱼ gⱼsⱼ); log-softmax: ∂L/∂xᵢ = gᵢ − sᵢ·Σⱼ gⱼ.

/// Softmax along the last axis: each row becomes a probability distribution.
public func softmax(_ x: Tensor) -> Tensor {
    let columns = x.shape.last ?? 1
    let s = rowSoftmax(x.scalars, columns: columns).probabilities
    return Tensor(shape: x.shape, scalars: s, inputs: [x]) {
        { [s] output, g in
            output.inputs[0].accumulateWholeGradient { gx, existing in
                for start in stride(from: 0, to: s.count, by: Swift.max(columns, 1)) {
                    var dot: Float = 0
                    for j in start..<start + columns { dot += g[j] * s[j] }
                    for j in start..<start + columns { gx[j] = (existing ? gx[j] : 0) + s[j] * (g[j] - dot) }
                }
            }
        }
    }
}

/// Log-softmax along the last axis: the log-probabilities of each row, computed stably.
public func logSoftmax(_ x: Tensor) -> Tensor {
    let columns = x.shape.last ?? 1
    let (s, logNormalizers) = rowSoftmax(x.scalars, columns: columns)
    let y = x.scalars.enumerated().map { index, value in value - logNormalizers[index / Swift.max(columns, 1)] }
    return Tensor(shape: x.shape, scalars: y, inputs: [x]) {
        { [s] output, g in
            output.inputs[0].accumulateWholeGradient { gx, existing in
                for start in stride(from: 0, to: s.count, by: Swift.max(columns, 1)) {
                    var total: Float = 0
                    for j in start..<start + columns { total += g[j] }
                    for j in start..<start + columns { gx[j] = (existing ? gx[j] : 0) + (g[j] - s[j] * total) }
                }
            }
        }
    }
}

/// The softmax of each row of a row-major `[R, columns]` block of values, and each row's
/// log-normalizer m + ln Σⱼ e^(xⱼ − m) (so log-softmax is x minus it), from one pass of exponentials.
///
/// The rows are shifted by their maxima first and the exponentials then taken in one pass
/// over the whole block: a long loop vectorizes, where rows of ten class scores would not.
func rowSoftmax(_ values: [Float], columns: Int) -> (probabilities: [Float], logNormalizers: [Float]) {
    let rows = values.count / Swift.max(columns, 1)
    var logNormalizers = [Float](repeating: 0, count: rows)
    let x = values.span
    let probabilities = [Float](count: values.count) { s in
        for row in 0..<rows {
            let start = row * columns
            var largest = -Float.infinity
            for j in start..<start + columns { largest = Swift.max(largest, x[j]) }
            for j in start..<start + columns { s[j] = x[j] - largest }
            logNormalizers[row] = largest
        }
        for j in 0..<rows * columns { s[j] = fastExp(s[j]) }
        for row in 0..<rows {
            let start = row * columns
            var total: Float = 0
            for j in start..<start + columns { total += s[j] }
            let scale = 1 / total
            for j in start..<start + columns { s[j] *= scale }
            logNormalizers[row] += Foundation.log(total)
        }
    }
    return (probabilities, logNormalizers)
}
