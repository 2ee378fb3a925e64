/// Where and when a NaN or an infinity first appeared during training.
public struct NonFiniteReport: Sendable, Equatable, CustomStringConvertible {
    /// What held the bad value.
    public enum Quantity: String, Sendable, Equatable {
        /// The loss of a batch (computed from finite outputs, e.g. a log of 0).
        case loss
        /// The output of a layer during the forward pass.
        case activation
        /// The gradient of a parameter after the backward pass.
        case gradient
        /// A parameter's values (after an update overflowed).
        case parameter
        /// The batch's inputs themselves.
        case input
    }

    /// The epoch it happened in, 1-based.
    public let epoch: Int
    /// The training step it happened at, 1-based and counted across epochs.
    public let step: Int
    /// What held the bad value.
    public let quantity: Quantity
    /// The layer or parameter name ("Linear 3", "Linear 3.weight"), or "loss" / "input".
    public let location: String
    /// "NaN" or "infinity".
    public let value: String

    /// "NaN first appeared at step 37 (epoch 2), in the gradient of Linear 3.weight".
    public var description: String {
        let place = switch quantity {
        case .loss: "in the loss"
        case .activation: "in the output of \(location)"
        case .gradient: "in the gradient of \(location)"
        case .parameter: "in the values of \(location)"
        case .input: "in the input batch"
        }
        return "\(value) first appeared at step \(step) (epoch \(epoch)), \(place)"
    }
}

/// Finds where a non-finite value came from, for `fit`'s report.
struct NonFiniteLocator {
    let model: any Layer
    let epoch: Int
    let step: Int

    /// The report for a batch whose loss came out NaN or infinite: a bad parameter, a bad
    /// input, the first layer whose output went bad, or else the loss itself.
    func forLoss(_ loss: Tensor, inputs: Tensor) -> NonFiniteReport {
        if let (name, parameter) = model.namedParameters.first(where: { !$0.tensor.isFinite }) {
            return report(.parameter, name, parameter.scalars)
        }
        if !inputs.isFinite { return report(.input, "input", inputs.scalars) }
        var trace: [LayerOutput] = []
        _ = withoutGradients { model.traced(inputs, into: &trace) }
        if let bad = trace.first(where: { !$0.output.isFinite }) {
            let name = model.namedLayers.first { $0.layer === bad.layer }?.name ?? bad.layer.kind
            return report(.activation, name, bad.output.scalars)
        }
        return report(.loss, "loss", loss.scalars)
    }

    /// The report for a backward pass that produced a non-finite gradient: the parameter
    /// nearest the output (backward reaches it first) whose gradient holds one.
    func forGradients() -> NonFiniteReport? {
        for (name, parameter) in model.namedParameters.reversed() {
            if let gradient = parameter.gradientScalars, !allFinite(gradient.span) {
                return report(.gradient, name, gradient)
            }
        }
        return nil
    }

    private func report(_ quantity: NonFiniteReport.Quantity, _ location: String, _ values: [Float]) -> NonFiniteReport {
        NonFiniteReport(epoch: epoch, step: step, quantity: quantity, location: location,
                        value: values.contains { $0.isNaN } ? "NaN" : "infinity")
    }
}
