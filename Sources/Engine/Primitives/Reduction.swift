/// Sums, means and maxima, over everything or along one axis.
///
/// Along an axis the tensor is seen as `[outer, N, inner]`, N the length of the axis:
/// the result is `[outer, inner]` (the axis removed, or kept with length 1).
/// Gradients: a sum sends the output's gradient to each of the N inputs it added up, a mean
/// sends 1/N of it, a maximum sends all of it to the (first) largest input.
extension Tensor {
    /// The sum of all values, as a one-value tensor of shape `[]`.
    public func sum() -> Tensor {
        reshaped(to: [count]).sum(alongAxis: 0)
    }

    /// The mean of all values, as a one-value tensor of shape `[]`.
    public func mean() -> Tensor {
        reshaped(to: [count]).mean(alongAxis: 0)
    }

    /// The largest value, as a one-value tensor of shape `[]`.
    public func max() -> Tensor {
        reshaped(to: [count]).max(alongAxis: 0)
    }

    /// Sums along `axis` (negative counts from the end: -1 is the last axis).
    public func sum(alongAxis axis: Int, keepingDimension: Bool = false) -> Tensor {
        reduced(alongAxis: axis, keepingDimension: keepingDimension, scale: 1)
    }

    /// Averages along `axis` (negative counts from the end).
    public func mean(alongAxis axis: Int, keepingDimension: Bool = false) -> Tensor {
        let length = shape[normalizedAxis(axis)]
        precondition(length > 0, "the mean of an empty axis is undefined (shape \(shape))")
        return reduced(alongAxis: axis, keepingDimension: keepingDimension, scale: 1 / Float(length))
    }

    /// The largest value along `axis`; the gradient goes to the first position holding it.
    public func max(alongAxis axis: Int, keepingDimension: Bool = false) -> Tensor {
        let (outer, length, inner, resultShape) = reductionLayout(axis, keepingDimension: keepingDimension)
        precondition(length > 0, "the maximum of an empty axis is undefined (shape \(shape))")
        var winners = [Int](repeating: 0, count: outer * inner)  // flat index of each maximum
        var y = [Float](repeating: 0, count: outer * inner)
        let x = scalars
        for o in 0..<outer {
            for i in 0..<inner {
                var best = o * length * inner + i
                for k in 1..<length {
                    let candidate = (o * length + k) * inner + i
                    // A NaN anywhere makes the maximum NaN, as it should for NaN detection.
                    if x[best] < x[candidate] || (x[candidate].isNaN && !x[best].isNaN) { best = candidate }
                }
                winners[o * inner + i] = best
                y[o * inner + i] = x[best]
            }
        }
        return Tensor(shape: resultShape, scalars: y, inputs: [self]) {
            { [winners] output, g in
                output.inputs[0].accumulateGradient { gx in
                    for (slot, winner) in winners.enumerated() { gx[winner] += g[slot] }
                }
            }
        }
    }

    /// y[o, i] = scale·Σₖ x[o, k, i]; backward: ∂y[o, i]/∂x[o, k, i] = scale.
    private func reduced(alongAxis axis: Int, keepingDimension: Bool, scale: Float) -> Tensor {
        let (outer, length, inner, resultShape) = reductionLayout(axis, keepingDimension: keepingDimension)
        let x = scalars
        let y = [Float](zeros: outer * inner) { y in
            for o in 0..<outer {
                for k in 0..<length {
                    for i in 0..<inner { y[o * inner + i] += x[(o * length + k) * inner + i] }
                }
            }
            if scale != 1 { for index in y.indices { y[index] *= scale } }
        }
        return Tensor(shape: resultShape, scalars: y, inputs: [self]) {
            { output, g in
                output.inputs[0].accumulateGradient { gx in
                    for o in 0..<outer {
                        for k in 0..<length {
                            for i in 0..<inner { gx[(o * length + k) * inner + i] += scale * g[o * inner + i] }
                        }
                    }
                }
            }
        }
    }

    /// `axis` as a non-negative index, after checking it exists.
    func normalizedAxis(_ axis: Int) -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        precondition(resolved >= 0 && resolved < rank, "axis \(axis) does not exist in a tensor of shape \(shape)")
        return resolved
    }

    /// The `[outer, N, inner]` view of this tensor around `axis`, and the reduced shape.
    private func reductionLayout(_ axis: Int, keepingDimension: Bool) -> (Int, Int, Int, [Int]) {
        let axis = normalizedAxis(axis)
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        var resultShape = shape
        if keepingDimension { resultShape[axis] = 1 } else { resultShape.remove(at: axis) }
        return (outer, shape[axis], inner, resultShape)
    }
}
