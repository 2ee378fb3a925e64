import Foundation

/// The losses, each one fused primitive returning the mean over the batch as shape `[]`.

/// Mean squared error: L = (1/N)·Σ (pᵢ − tᵢ)², N the number of values;
/// ∂L/∂pᵢ = 2(pᵢ − tᵢ)/N, ∂L/∂tᵢ = −2(pᵢ − tᵢ)/N.
public func meanSquaredError(_ predictions: Tensor, _ targets: Tensor) -> Tensor {
    precondition(predictions.count == targets.count,
                 "mean squared error compares equal sizes, got \(predictions.shape) and \(targets.shape)")
    let difference = zip(predictions.scalars, targets.scalars).map { $0 - $1 }
    let scale = 1 / Float(Swift.max(difference.count, 1))
    let loss = difference.reduce(0) { $0 + $1 * $1 } * scale
    return Tensor(shape: [], scalars: [loss], inputs: [predictions, targets]) {
        { [difference] output, gradient in
            let g = gradient[0] * 2 * scale
            output.inputs[0].accumulateGradient { gp in
                for index in gp.indices { gp[index] += g * difference[index] }
            }
            output.inputs[1].accumulateGradient { gt in
                for index in gt.indices { gt[index] -= g * difference[index] }
            }
        }
    }
}

/// Cross-entropy of class scores (logits) against class indices, fused with log-softmax:
/// L = −(1/B)·Σ_b log softmax(z_b)[y_b], computed from log-softmax so it never overflows.
///
/// Shapes: logits `[B, C]`, labels `B` indices in `0..<C`. Backward: ∂L/∂z_b = (softmax(z_b) −
/// onehot(y_b))/B, the famous "prediction minus target".
public func crossEntropy(_ logits: Tensor, labels: [Int]) -> Tensor {
    precondition(logits.rank == 2, "cross-entropy needs logits of shape [batch, classes], got \(logits.shape)")
    let (batch, classes) = (logits.shape[0], logits.shape[1])
    precondition(labels.count == batch, "\(batch) rows of logits but \(labels.count) labels")
    precondition(labels.allSatisfy { (0..<classes).contains($0) },
                 "every label must be a class index in 0..<\(classes), got \(labels.filter { !(0..<classes).contains($0) }.prefix(3))")
    let (probabilities, logNormalizers) = rowSoftmax(logits.scalars, columns: classes)
    var total: Float = 0
    // −log softmax(z)[y] = logNormalizer − z[y]
    for (row, label) in labels.enumerated() { total += logNormalizers[row] - logits.scalars[row * classes + label] }
    let scale = 1 / Float(Swift.max(batch, 1))
    return Tensor(shape: [], scalars: [total * scale], inputs: [logits]) {
        { [probabilities] output, gradient in
            let g = gradient[0] * scale
            output.inputs[0].accumulateWholeGradient { gz, existing in
                for index in gz.indices { gz[index] = (existing ? gz[index] : 0) + g * probabilities[index] }
                for (row, label) in labels.enumerated() { gz[row * classes + label] -= g }
            }
        }
    }
}

/// Binary cross-entropy of logits z against targets t in [0, 1], fused with the sigmoid:
/// L = (1/N)·Σ [max(z, 0) − z·t + ln(1 + e^(−|z|))], which equals −t·ln σ(z) − (1 − t)·ln(1 − σ(z))
/// without ever taking the log of 0. Backward: ∂L/∂zᵢ = (σ(zᵢ) − tᵢ)/N.
public func binaryCrossEntropy(logits: Tensor, targets: Tensor) -> Tensor {
    precondition(logits.count == targets.count,
                 "binary cross-entropy needs one target per logit, got \(logits.shape) and \(targets.shape)")
    let (z, t) = (logits.scalars, targets.scalars)
    let scale = 1 / Float(Swift.max(z.count, 1))
    var total: Float = 0
    for (zi, ti) in zip(z, t) { total += Swift.max(zi, 0) - zi * ti + Foundation.log1p(Foundation.exp(-Swift.abs(zi))) }
    return Tensor(shape: [], scalars: [total * scale], inputs: [logits, targets]) {
        { [z, t] output, gradient in
            let g = gradient[0] * scale
            output.inputs[0].accumulateGradient { gz in
                for index in gz.indices { gz[index] += g * (1 / (1 + Foundation.exp(-z[index])) - t[index]) }
            }
            // ∂L/∂tᵢ = −zᵢ/N, for completeness (targets are usually constants).
            output.inputs[1].accumulateGradient { gt in
                for index in gt.indices { gt[index] -= g * z[index] }
            }
        }
    }
}
