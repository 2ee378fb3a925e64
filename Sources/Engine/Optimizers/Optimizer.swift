/// Something that updates parameters from their gradients: θ ← θ − (a step computed from ∂L/∂θ).
///
/// Optimizers keep per-parameter state (momentum, moment estimates) keyed by the parameter
/// itself, so one optimizer serves one model for a whole run. Frozen parameters (and
/// parameters without a gradient) are skipped.
public protocol Optimizer: AnyObject {
    /// The step size η; training loops with a schedule set it before every step.
    var learningRate: Float { get set }

    /// Updates each of `parameters` in place from its accumulated gradient.
    func step(_ parameters: [Tensor])
}

extension Optimizer {
    /// Updates every trainable parameter of `model`.
    public func step(_ model: any Layer) {
        step(model.parameters)
    }
}

/// Per-parameter optimizer state, keyed by the parameter's identity. The parameter itself is
/// kept alive with its state, so its identity cannot be reused by another tensor.
struct ParameterState<State> {
    private var entries: [ObjectIdentifier: (parameter: Tensor, state: State)] = [:]

    /// The state of `parameter`, created by `make` on first use, updated by `body`.
    mutating func update<Result>(_ parameter: Tensor, make: () -> State, _ body: (inout State) -> Result) -> Result {
        let key = ObjectIdentifier(parameter)
        var entry = entries.removeValue(forKey: key) ?? (parameter, make())
        defer { entries[key] = entry }
        return body(&entry.state)
    }
}

extension Tensor {
    /// Gives `body` mutable access to the values and read access to the gradient of a
    /// parameter that an optimizer should update; does nothing for frozen parameters and
    /// parameters without a gradient.
    func updateWithGradient(_ body: (UnsafeMutableBufferPointer<Float>, UnsafeBufferPointer<Float>) -> Void) {
        guard requiresGradient, let gradient = gradientScalars else { return }
        gradient.withUnsafeBufferPointer { gradient in
            storage.withUnsafeMutableBufferPointer { values in body(values, gradient) }
        }
    }
}
