/// Reverse-mode automatic differentiation: the chain rule applied from the loss backwards.
///
/// Every primitive's output remembers its inputs and a rule that turns ∂loss/∂output into
/// contributions to ∂loss/∂input (the rules live in `Primitives/`). `backward()` orders the
/// graph so that each tensor comes after everything computed from it, then applies the
/// rules in that order; contributions from several uses of one tensor add up.
extension Tensor {
    /// Computes ∂self/∂t for every tensor `t` that requires a gradient and that `self` was
    /// computed from, adding it into `t.gradientScalars` (call `zeroGradients()` between steps).
    ///
    /// `self` must hold a single value (a loss); its own gradient is seeded with 1. Afterwards
    /// the graph is released, as in PyTorch: every tensor computed on the way forgets its inputs
    /// and the values its rule kept, so an optimizer can then update the weights in place
    /// without copying them. Pass `retainingGraph: true` to run backward through it again.
    public func backward(retainingGraph: Bool = false) {
        precondition(count == 1, "backward() starts from a single value such as a loss; this tensor has shape \(shape)")
        backward(seed: [1], retainingGraph: retainingGraph)
    }

    /// Like `backward()`, for a tensor of any shape: `seed` is ∂loss/∂self, one value per element.
    public func backward(seed: [Float], retainingGraph: Bool = false) {
        precondition(seed.count == count, "the seed needs \(count) values, one per element, got \(seed.count)")
        guard requiresGradient else { return }
        let order = topologicalOrder()
        // A pass sends only its own seed back: what a retained graph's tensors received from
        // an earlier pass has already reached the leaves, so it must not be sent again.
        for tensor in order where tensor.backwardRule != nil { tensor.gradientScalars = nil }
        accumulateGradient { gradient in
            for index in gradient.indices { gradient[index] += seed[index] }
        }
        let factor = BackwardMutation.factor
        for tensor in order.reversed() {
            precondition(!tensor.isReleased,
                         "backward() already ran through this graph and released it; pass retainingGraph: true to the first call to run it twice")
            guard let rule = tensor.backwardRule, let gradient = tensor.gradientScalars else { continue }
            // Every rule is linear in ∂L/∂output, so scaling what it reads scales its contribution.
            let g = factor == 1 ? gradient : gradient.map { $0 * factor }
            rule(tensor, g.span)
        }
        guard !retainingGraph else { return }
        for tensor in order where tensor.backwardRule != nil {
            (tensor.inputs, tensor.backwardRule, tensor.isReleased) = ([], nil, true)
        }
    }

    /// Every tensor `self` depends on that needs a gradient, each after all of its inputs.
    func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        // A depth-first search with an explicit stack instead of recursion, so a network
        // hundreds of layers deep fits; `isVisited` marks are cleared again at the end.
        var stack: [(tensor: Tensor, nextInput: Int)] = [(self, 0)]
        // Room for a typical training step's graph up front, instead of regrowing both arrays
        // from one element on every backward pass.
        order.reserveCapacity(64)
        stack.reserveCapacity(64)
        isVisited = true
        while let (tensor, nextInput) = stack.popLast().map({ ($0.tensor, $0.nextInput) }) {
            if nextInput < tensor.inputs.count {
                stack.append((tensor, nextInput + 1))
                let input = tensor.inputs[nextInput]
                if input.requiresGradient && !input.isVisited {
                    input.isVisited = true
                    stack.append((input, 0))
                }
            } else {
                order.append(tensor)
            }
        }
        for tensor in order { tensor.isVisited = false }
        return order
    }

    /// Gives `body` this tensor's gradient to add into, creating it as zeros if needed.
    /// Does nothing for tensors that need no gradient.
    func accumulateGradient(_ body: (_ gradient: inout MutableSpan<Float>) -> Void) {
        guard requiresGradient else { return }
        var gradient = gradientStorage.take() ?? [Float](repeating: 0, count: count)
        var span = gradient.mutableSpan
        if gradientIsZero { span.update(repeating: 0) }
        body(&span)
        (gradientStorage, gradientIsZero) = (gradient, false)
    }

    /// Like `accumulateGradient`, for a rule that reaches every value of the gradient exactly
    /// once: when there is nothing to add to (no gradient yet, or one that `zeroGradient()`
    /// marked zero) `body` is told so (`existing` false), to write its values where it would
    /// add them to zeros. This saves filling and re-reading a buffer for every intermediate
    /// tensor and every weight of every step.
    func accumulateWholeGradient(_ body: (_ gradient: inout MutableSpan<Float>, _ existing: Bool) -> Void) {
        guard requiresGradient else { return }
        guard var gradient = gradientStorage.take() else {
            gradientStorage = [Float](count: count) { body(&$0, false) }
            return
        }
        var span = gradient.mutableSpan
        body(&span, !gradientIsZero)
        (gradientStorage, gradientIsZero) = (gradient, false)
    }

    /// Sets the accumulated gradient back to zero (keeping its storage for the next step).
    public func zeroGradient() {
        if gradientStorage != nil { gradientIsZero = true }
    }

    /// The same values, cut off from the graph: nothing flows back through the result.
    public func detached() -> Tensor {
        Tensor(shape: shape, scalars: scalars)
    }
}
