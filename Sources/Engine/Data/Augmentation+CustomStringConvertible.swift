extension Augmentation: CustomStringConvertible {
    /// The steps in order, e.g. `shift by -1...1 px, then rotation by -10.0...10.0°, then Gaussian noise σ = 0.05`.
    public var description: String {
        guard !steps.isEmpty else { return "no augmentation" }
        return steps.map(\.description).joined(separator: ", then ")
    }
}

extension Augmentation.Step: CustomStringConvertible {
    var description: String {
        switch self {
        case let .shift(x, y, _):
            return x == y ? "shift by \(range(x)) px" : "shift by \(range(x)) px across, \(range(y)) px down"
        case let .rotation(degrees, _):
            return "rotation by \(range(degrees))°"
        case let .flip(horizontal, probability):
            return "\(horizontal ? "horizontal" : "vertical") flip with probability \(probability)"
        case let .gaussianNoise(standardDeviation):
            return "Gaussian noise σ = \(standardDeviation)"
        case let .erasing(probability, maxSide, _):
            return "random erasing (up to \(maxSide)×\(maxSide) px) with probability \(probability)"
        }
    }

    private func range<Bound>(_ range: ClosedRange<Bound>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)...\(range.upperBound)"
    }
}
