/// Parameters of a whole model: listing, naming, counting, freezing and zeroing them.
///
/// Names number layers of each kind in the order they run, starting at 1, so the fourth
/// linear layer's weight is "Linear 4.weight" however deeply it is nested.
extension Layer {
    /// Every layer with its readable name ("Linear 4", "ReLU 2", "Sequential 1").
    public var namedLayers: [(name: String, layer: any Layer)] {
        var counts: [String: Int] = [:]
        return allLayers.map { layer in
            counts[layer.kind, default: 0] += 1
            return ("\(layer.kind) \(counts[layer.kind, default: 0])", layer)
        }
    }

    /// Every parameter with its name ("Linear 4.weight"), each tensor once even if shared.
    public var namedParameters: [(name: String, tensor: Tensor)] {
        var seen: Set<ObjectIdentifier> = []
        return namedLayers.flatMap { name, layer in
            layer.ownParameters.compactMap { parameter in
                seen.insert(ObjectIdentifier(parameter.tensor)).inserted ? ("\(name).\(parameter.name)", parameter.tensor) : nil
            }
        }
    }

    /// Every buffer (running statistics) with its name ("BatchNorm 1.runningMean").
    public var namedBuffers: [(name: String, tensor: Tensor)] {
        namedLayers.flatMap { name, layer in
            layer.ownBuffers.map { ("\(name).\($0.name)", $0.tensor) }
        }
    }

    /// Every parameter of this layer and the layers inside it, frozen ones included, in the
    /// order of `namedParameters` (found without building names, as training loops ask often).
    public var parameters: [Tensor] {
        var seen: Set<ObjectIdentifier> = []
        return allLayers.flatMap { $0.ownParameters.map(\.tensor) }.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// The number of trainable values (frozen parameters excluded).
    public var parameterCount: Int {
        parameters.filter(\.requiresGradient).reduce(0) { $0 + $1.count }
    }

    /// Stops training this layer's parameters (and its sublayers'): optimizers skip them and
    /// backward computes no gradient for them. Used to keep a pre-trained part fixed.
    public func freeze() {
        for parameter in parameters { parameter.requiresGradient = false }
    }

    /// Makes this layer's parameters (and its sublayers') trainable again.
    public func unfreeze() {
        for parameter in parameters { parameter.requiresGradient = true }
    }

    /// Whether every parameter of this layer is frozen (true for a layer without parameters).
    public var isFrozen: Bool { parameters.allSatisfy { !$0.requiresGradient } }

    /// Sets every parameter's accumulated gradient back to zero.
    public func zeroGradients() {
        Engine.zeroGradients(of: parameters)
    }
}

extension Tensor {
    /// Whether optimizers leave this tensor alone: a parameter that no longer requires a gradient.
    public var isFrozen: Bool { !requiresGradient }
}

/// Sets the accumulated gradient of each of `parameters` back to zero.
public func zeroGradients(of parameters: [Tensor]) {
    for parameter in parameters { parameter.zeroGradient() }
}
