/// Gradient norms per layer: the bar chart of the vanishing- and exploding-gradient lessons.
extension Layer {
    /// The weight layers (linear and convolutional), in order, with their readable names.
    public var weightedLayers: [(name: String, layer: any WeightedLayer)] {
        namedLayers.compactMap { name, layer in (layer as? any WeightedLayer).map { (name, $0) } }
    }

    /// ‖∂L/∂W‖ for each linear and convolutional layer's weight W, from one forward and
    /// backward pass on `batch` (in the model's current mode). Gradients are cleared before
    /// and after, so training state is left as it was.
    public func gradientNorms(on batch: Batch, loss: Loss = .crossEntropy) -> [(name: String, norm: Double)] {
        zeroGradients()
        loss(self(batch.inputs), for: batch).backward()
        let norms = currentGradientNorms()
        zeroGradients()
        return norms
    }

    /// ‖∂L/∂W‖ for each linear and convolutional layer's weight, from the gradients as they
    /// are now (for example inside a callback's `afterBackward`).
    public func currentGradientNorms() -> [(name: String, norm: Double)] {
        weightedLayers.map { name, layer in (name, squaredGradientNorm(layer.weight).squareRoot()) }
    }
}
