/// Convenient ways to make tensors.
extension Tensor {
    /// A vector (shape `[N]`) of `values`.
    public convenience init(_ values: [Float], requiresGradient: Bool = false) {
        self.init(shape: [values.count], scalars: values, requiresGradient: requiresGradient)
    }

    /// A matrix (shape `[R, C]`) from its rows, which must all have the same length.
    public convenience init(_ rows: [[Float]], requiresGradient: Bool = false) {
        let columns = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columns }, "every row of a matrix needs \(columns) values")
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 }, requiresGradient: requiresGradient)
    }

    /// A one-value tensor of shape `[]`.
    public convenience init(scalar: Float, requiresGradient: Bool = false) {
        self.init(shape: [], scalars: [scalar], requiresGradient: requiresGradient)
    }

    /// A tensor of `shape` with every value equal to `value`.
    public convenience init(repeating value: Float, shape: [Int], requiresGradient: Bool = false) {
        self.init(shape: shape, scalars: [Float](repeating: value, count: shape.reduce(1, *)), requiresGradient: requiresGradient)
    }

    /// A tensor of `shape` with values drawn from N(0, `standardDeviation`²).
    public convenience init(randomNormal shape: [Int], standardDeviation: Float = 1, generator: inout SeededGenerator,
                            requiresGradient: Bool = false) {
        let values = (0..<shape.reduce(1, *)).map { _ in generator.nextNormal() * standardDeviation }
        self.init(shape: shape, scalars: values, requiresGradient: requiresGradient)
    }

    /// A tensor of `shape` with values drawn uniformly from `range`.
    public convenience init(randomUniform shape: [Int], in range: Range<Float> = 0..<1, generator: inout SeededGenerator,
                            requiresGradient: Bool = false) {
        let values = (0..<shape.reduce(1, *)).map { _ in generator.nextFloat(in: range) }
        self.init(shape: shape, scalars: values, requiresGradient: requiresGradient)
    }
}
