import Engine

/// A classification set of `count` random points in `features` dimensions with random labels.
func randomClassificationSet(count: Int, features: Int, classes: Int, seed: UInt64) -> Dataset {
    var generator = SeededGenerator(seed: seed)
    let x = Tensor(randomNormal: [count, features], generator: &generator)
    let y = (0..<count).map { _ in Int(generator.next() % UInt64(classes)) }
    return Dataset(features: x, labels: y)
}

/// The four XOR corners, each repeated `copies` times: label 1 when exactly one input is 1.
func xorSet(copies: Int = 1) -> Dataset {
    let corners: [([Float], Int)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)]
    let rows = Array(repeating: corners, count: copies).flatMap { $0 }
    return Dataset(features: Tensor(rows.map(\.0)), labels: rows.map(\.1))
}
