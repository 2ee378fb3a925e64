/// What the outputs of one activation layer looked like on a batch: the histograms and
/// summary numbers of the initialization and activation-function lessons.
public struct ActivationStatistics: Sendable {
    /// The layer's name ("Sigmoid 3").
    public let name: String
    /// The mean output.
    public let mean: Double
    /// The standard deviation of the outputs.
    public let standardDeviation: Double
    /// The share of outputs where the function is flat (sigmoid and tanh; 0 for the others):
    /// gradients through these units are nearly zero.
    public let saturatedShare: Double
    /// The share of units (one per feature or position) whose output is ≤ 0 for every example
    /// of the batch, for activations that can die (ReLU; 0 for the others): they get no gradient.
    public let deadShare: Double
    /// All output values, for histograms.
    public let values: [Float]
}

extension Layer {
    /// Statistics of every activation layer's output for `inputs`, in order, computed in the
    /// model's current mode without recording gradients.
    public func activationStatistics(on inputs: Tensor) -> [ActivationStatistics] {
        var trace: [LayerOutput] = []
        _ = withoutGradients { traced(inputs, into: &trace) }
        let names = Dictionary(namedLayers.map { (ObjectIdentifier($0.layer), $0.name) }, uniquingKeysWith: { a, _ in a })
        return trace.compactMap { entry in
            guard let activation = entry.layer as? any ActivationLayer else { return nil }
            return ActivationStatistics(
                output: entry.output, name: names[ObjectIdentifier(entry.layer)] ?? entry.layer.kind, layer: activation)
        }
    }
}

extension ActivationStatistics {
    init(output: Tensor, name: String, layer: any ActivationLayer) {
        let values = output.scalars
        let count = Double(Swift.max(values.count, 1))
        let mean = values.reduce(0.0) { $0 + Double($1) } / count
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / count
        let saturated = values.filter(layer.isSaturated).count
        var dead = 0
        let examples = output.shape.first ?? 1
        let units = values.count / Swift.max(examples, 1)
        if layer.canDie {
            for unit in 0..<units where (0..<examples).allSatisfy({ values[$0 * units + unit] <= 0 }) { dead += 1 }
        }
        self.init(name: name, mean: mean, standardDeviation: variance.squareRoot(),
                  saturatedShare: Double(saturated) / count,
                  deadShare: units > 0 ? Double(dead) / Double(units) : 0, values: values)
    }
}
