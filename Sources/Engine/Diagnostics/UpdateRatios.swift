/// The update-to-weight ratio ‖ΔW‖/‖W‖ per layer: how much one step changes each layer's
/// weights, relative to their size (around 10⁻³ is healthy; far below, the layer is not
/// learning; far above, training is unstable).
extension Layer {
    /// A copy of each linear and convolutional layer's weights, to measure a step against.
    public func weightSnapshot() -> [[Float]] {
        weightedLayers.map(\.layer.weight.scalars)
    }

    /// ‖W − W_before‖/‖W_before‖ for each linear and convolutional layer, against a snapshot
    /// taken with `weightSnapshot()` (0 where the weights were all zero).
    public func updateToWeightRatios(since snapshot: [[Float]]) -> [(name: String, ratio: Double)] {
        let layers = weightedLayers
        precondition(layers.count == snapshot.count, "the snapshot is of another model")
        return zip(layers, snapshot).map { entry, before in
            let after = entry.layer.weight.scalars
            var (change, size) = (0.0, 0.0)
            for (a, b) in zip(after, before) {
                change += Double(a - b) * Double(a - b)
                size += Double(b) * Double(b)
            }
            return (entry.name, size > 0 ? (change / size).squareRoot() : 0)
        }
    }
}

/// Records per-layer gradient norms and update-to-weight ratios during `fit`, every
/// `every` steps (pass it in `callbacks:`), for plots of how they evolve.
public final class LayerMonitor: Callback {
    /// One measurement.
    public struct Sample: Sendable {
        /// The step (1-based) it was taken at.
        public let step: Int
        /// ‖∂L/∂W‖ per weight layer, before clipping, in layer order.
        public let gradientNorms: [Double]
        /// ‖ΔW‖/‖W‖ per weight layer for this step, in layer order.
        public let updateRatios: [Double]
    }

    /// The names of the weight layers, in the order of each sample's values.
    public private(set) var layerNames: [String] = []
    /// The measurements, in step order.
    public private(set) var samples: [Sample] = []
    /// The interval, in steps.
    public let every: Int
    private var pending: (norms: [Double], snapshot: [[Float]])?

    /// A monitor sampling every `every` steps (1 for every step).
    public init(every: Int = 1) {
        precondition(every >= 1, "the sampling interval must be at least 1 step, got \(every)")
        self.every = every
    }

    /// Clears earlier samples and notes the layer names.
    public func trainingBegan(_ context: TrainingContext) {
        layerNames = context.model.weightedLayers.map(\.name)
        samples = []
    }

    /// Takes the gradient norms and a weight snapshot on sampled steps.
    public func afterBackward(_ context: TrainingContext) {
        guard context.step % every == 0 else { return }
        pending = (context.model.currentGradientNorms().map(\.norm), context.model.weightSnapshot())
    }

    /// Completes a sample with the update ratios.
    public func afterStep(_ context: TrainingContext) {
        guard let (norms, snapshot) = pending else { return }
        let ratios = context.model.updateToWeightRatios(since: snapshot).map(\.ratio)
        samples.append(Sample(step: context.step, gradientNorms: norms, updateRatios: ratios))
        pending = nil
    }
}
