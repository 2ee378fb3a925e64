/// Copies whole rows out of a row-major buffer: the one data-movement primitive behind
/// batching, splitting and subsetting.
///
/// Each row is one contiguous block of `rowLength` values, moved with a single
/// block copy; nothing is done per element.
func gatherRows(
    _ rows: some Collection<Int>, from scalars: [Float], rowLength: Int
) -> [Float] {
    let rowCount = scalars.count / max(rowLength, 1)
    return [Float](unsafeUninitializedCapacity: rows.count * rowLength) { destination, initialized in
        scalars.withUnsafeBufferPointer { source in
            var offset = 0
            for row in rows {
                precondition(row >= 0 && row < rowCount, "row \(row) is outside 0..<\(rowCount)")
                let start = row * rowLength
                _ = destination[offset..<offset + rowLength]
                    .initialize(fromContentsOf: source[start..<start + rowLength])
                offset += rowLength
            }
        }
        initialized = rows.count * rowLength
    }
}

/// A new tensor made of the given rows (first-dimension slices) of `tensor`, in that order.
func gatherRows(_ rows: some Collection<Int>, of tensor: Tensor) -> Tensor {
    let rowShape = Array(tensor.shape.dropFirst())
    let values = gatherRows(rows, from: tensor.scalars, rowLength: rowShape.reduce(1, *))
    // [N, ...] -> [rows.count, ...]
    return Tensor(shape: [rows.count] + rowShape, scalars: values)
}

extension Dataset {
    /// A new set made of the given rows, in the given order (a row may repeat).
    public func subset(rows: some Collection<Int>) -> Dataset {
        let kept = gatherRows(rows, of: features)
        if let targets {
            return Dataset(features: kept, targets: gatherRows(rows, of: targets))
        }
        return Dataset(features: kept, labels: rows.map { labels[$0] })
    }
}
