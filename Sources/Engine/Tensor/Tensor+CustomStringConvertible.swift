extension Tensor: CustomStringConvertible {
    /// The shape and the values, nested by dimension, e.g. `Tensor [2, 2] [[1.0, 2.0], [3.0, 4.0]]`;
    /// long tensors show their first values only.
    public var description: String {
        let limit = 64
        let shown = scalars.prefix(limit).map { String($0) }
        let body: String
        if rank <= 1 || count > limit {
            body = "[" + shown.joined(separator: ", ") + (count > limit ? ", … (\(count) values)" : "") + "]"
        } else {
            body = Tensor.nest(shown[...], shape: shape[...])
        }
        return "Tensor \(shape) \(body)"
    }

    private static func nest(_ values: ArraySlice<String>, shape: ArraySlice<Int>) -> String {
        guard let first = shape.first, shape.count > 1 else { return "[" + values.joined(separator: ", ") + "]" }
        let stride = values.count / Swift.max(first, 1)
        let parts = (0..<first).map { index in
            let start = values.startIndex + index * stride
            return nest(values[start..<start + stride], shape: shape.dropFirst())
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
