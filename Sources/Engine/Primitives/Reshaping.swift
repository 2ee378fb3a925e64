/// Primitives that move values around without arithmetic: reshape, transpose, row slices.
/// Their gradients move the output's gradient back to where each value came from.
extension Tensor {
    /// The same values with another shape of the same size; one dimension may be -1 and is
    /// then inferred. The values are shared, not copied, until one of them is modified.
    public func reshaped(to newShape: [Int]) -> Tensor {
        let known = newShape.filter { $0 != -1 }.reduce(1, *)
        let inferred = newShape.map { $0 == -1 ? (known == 0 ? 0 : count / known) : $0 }
        precondition(newShape.filter { $0 == -1 }.count <= 1, "only one dimension can be inferred (-1): \(newShape)")
        precondition(inferred.reduce(1, *) == count, "cannot reshape \(shape) (\(count) values) to \(newShape)")
        return Tensor(shape: inferred, scalars: scalars, inputs: [self]) {
            { output, g in
                output.inputs[0].accumulateWholeGradient { gx, existing in
                    for index in gx.indices { gx[index] = (existing ? gx[index] : 0) + g[index] }
                }
            }
        }
    }

    /// `[B, ...]` to `[B, N]`: every example's values in one row.
    public func flattened() -> Tensor {
        precondition(rank >= 1, "flattening needs a batch dimension, got shape \(shape)")
        return reshaped(to: [shape[0], shape.dropFirst().reduce(1, *)])
    }

    /// The transpose of a matrix: `[R, C]` to `[C, R]`, y[j, i] = x[i, j].
    ///
    /// Matrix products never need this (they read operands transposed in place); it exists
    /// for lessons and for code that wants the transposed values themselves.
    public func transposed() -> Tensor {
        precondition(rank == 2, "transposed() needs a matrix, got shape \(shape)")
        let (rows, columns, values) = (shape[0], shape[1], storage)
        return Tensor(shape: [columns, rows], scalars: Tensor.transpose(values.span, rows: rows, columns: columns), inputs: [self]) {
            { output, g in
                let gT = Tensor.transpose(g, rows: columns, columns: rows)
                output.inputs[0].accumulateGradient { gx in
                    for index in gx.indices { gx[index] += gT[index] }
                }
            }
        }
    }

    /// The rows (first-axis entries) in `range`, e.g. the first ten examples of a batch.
    public subscript(rows range: Range<Int>) -> Tensor {
        precondition(rank >= 1 && range.lowerBound >= 0 && range.upperBound <= shape[0],
                     "rows \(range) are outside a tensor of shape \(shape)")
        return rows(at: Array(range))
    }

    /// The rows (first-axis entries) at `indices`, in that order; an index may repeat.
    public func rows(at indices: [Int]) -> Tensor {
        precondition(rank >= 1, "a tensor of shape \(shape) has no rows")
        let rowLength = shape.dropFirst().reduce(1, *)
        var values = [Float]()
        values.reserveCapacity(indices.count * rowLength)
        for row in indices {
            precondition(row >= 0 && row < shape[0], "row \(row) is outside a tensor of shape \(shape)")
            values += scalars[row * rowLength..<(row + 1) * rowLength]
        }
        return Tensor(shape: [indices.count] + shape.dropFirst(), scalars: values, inputs: [self]) {
            { output, g in
                output.inputs[0].accumulateGradient { gx in
                    for (slot, row) in indices.enumerated() {
                        for offset in 0..<rowLength { gx[row * rowLength + offset] += g[slot * rowLength + offset] }
                    }
                }
            }
        }
    }

    /// The values of a row-major `[rows, columns]` matrix, transposed.
    static func transpose(_ x: Span<Float>, rows: Int, columns: Int) -> [Float] {
        [Float](count: x.count) { result in
            for r in 0..<rows {
                for c in 0..<columns { result[c * rows + r] = x[r * columns + c] }
            }
        }
    }
}
