/// Gradient clipping: a cap on the gradient applied before the optimizer's step, the first
/// defence against exploding gradients.
public enum GradientClipping: Sendable, Equatable {
    /// Rescale all gradients together so their global norm is at most the given value.
    case norm(Float)
    /// Clamp every gradient value to [−v, v].
    case value(Float)

    /// Clips the gradients of `parameters` and returns their global norm before clipping.
    @discardableResult
    public func apply(to parameters: [Tensor]) -> Double {
        switch self {
        case .norm(let maximum): clipGradients(of: parameters, toNorm: maximum)
        case .value(let limit): clipGradients(of: parameters, toValue: limit)
        }
    }
}

/// The global gradient norm ‖g‖ = √(Σ over all parameters and values g²) of the parameters
/// that have a gradient (computed in Double, so huge gradients do not overflow the sum).
public func globalGradientNorm(of parameters: [Tensor]) -> Double {
    parameters.reduce(0) { $0 + squaredGradientNorm($1) }.squareRoot()
}

/// Scales every gradient by min(1, maximum/‖g‖), so the global norm becomes at most `maximum`
/// while the gradient keeps its direction. Returns ‖g‖ before clipping.
@discardableResult
public func clipGradients(of parameters: [Tensor], toNorm maximum: Float) -> Double {
    precondition(maximum > 0, "the maximum gradient norm must be positive, got \(maximum)")
    let norm = globalGradientNorm(of: parameters)
    guard norm > Double(maximum), norm.isFinite else { return norm }
    let factor = Float(Double(maximum) / norm)
    changeGradients(of: parameters) { g in
        for index in g.indices { g[index] *= factor }
    }
    return norm
}

/// Clamps every gradient value to [−limit, limit] (this can change the gradient's direction).
/// Returns the global norm before clipping.
@discardableResult
public func clipGradients(of parameters: [Tensor], toValue limit: Float) -> Double {
    precondition(limit > 0, "the clipping limit must be positive, got \(limit)")
    let norm = globalGradientNorm(of: parameters)
    changeGradients(of: parameters) { g in
        for index in g.indices { g[index] = Swift.min(Swift.max(g[index], -limit), limit) }
    }
    return norm
}

/// Gives `body` every gradient of `parameters` that holds values (not one marked zero) to
/// change in place.
private func changeGradients(of parameters: [Tensor], _ body: (_ gradient: inout MutableSpan<Float>) -> Void) {
    for parameter in parameters where !parameter.gradientIsZero {
        guard var gradient = parameter.gradientStorage.take() else { continue }
        var values = gradient.mutableSpan
        body(&values)
        parameter.gradientStorage = gradient
    }
}

/// Σ g² over one parameter's gradient, in Double (0 without a gradient).
func squaredGradientNorm(_ parameter: Tensor) -> Double {
    parameter.gradientIsZero ? 0 : parameter.gradientStorage?.withUnsafeBufferPointer(squaredNorm) ?? 0
}

/// Σ x² in Double, sixteen values at a time into sixteen partial sums (eight two-lane
/// registers), so the additions do not wait on one another.
func squaredNorm(_ values: UnsafeBufferPointer<Float>) -> Double {
    guard let base = values.baseAddress else { return 0 }
    typealias Doubles = SIMD4<Double>
    var sums = (Doubles(), Doubles(), Doubles(), Doubles())
    var index = 0
    while index + 16 <= values.count {
        let x = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<Float>.self)
        let (a, b) = (Doubles(x.lowHalf.lowHalf), Doubles(x.lowHalf.highHalf))
        let (c, d) = (Doubles(x.highHalf.lowHalf), Doubles(x.highHalf.highHalf))
        sums.0 += a * a
        sums.1 += b * b
        sums.2 += c * c
        sums.3 += d * d
        index += 16
    }
    var rest = 0.0
    while index < values.count {
        rest += Double(base[index]) * Double(base[index])
        index += 1
    }
    return ((sums.0 + sums.1) + (sums.2 + sums.3)).sum() + rest
}
