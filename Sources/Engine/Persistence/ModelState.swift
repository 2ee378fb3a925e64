/// A copy of a model's parameters and buffers (running statistics), by name: what early
/// stopping keeps of the best epoch and what a model file holds.
public struct ModelState: Sendable, Equatable {
    /// Each tensor's name ("Linear 1.weight"), shape and values, in the model's order.
    public var tensors: [(name: String, shape: [Int], scalars: [Float])]

    /// A snapshot of `model`'s current parameters and buffers.
    public init(of model: any Layer) {
        tensors = (model.namedParameters + model.namedBuffers).map { ($0.name, $0.tensor.shape, $0.tensor.scalars) }
    }

    /// A state from explicit tensors (as read from a file).
    public init(tensors: [(name: String, shape: [Int], scalars: [Float])]) {
        self.tensors = tensors
    }

    /// Copies the values back into `model`, which must have the same architecture.
    public func restore(into model: any Layer) {
        do {
            try apply(to: model)
        } catch {
            preconditionFailure("\(error)")
        }
    }

    /// Copies the values into `model`, or throws if a name or shape does not match.
    func apply(to model: any Layer) throws(ModelStateError) {
        let targets = model.namedParameters + model.namedBuffers
        let stored = Dictionary(tensors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, tensor) in targets {
            guard let entry = stored[name] else { throw .missing(name) }
            guard entry.shape == tensor.shape else { throw .shapeMismatch(name, expected: tensor.shape, found: entry.shape) }
            guard entry.scalars.count == tensor.count else { throw .valueCount(name, expected: tensor.count, found: entry.scalars.count) }
        }
        if let extra = tensors.first(where: { entry in !targets.contains { $0.name == entry.name } }) {
            throw .unexpected(extra.name)
        }
        for (name, tensor) in targets {
            if let entry = stored[name] { tensor.scalars = entry.scalars }
        }
    }

    /// Equal when every tensor has the same name, shape and values, in the same order.
    public static func == (a: ModelState, b: ModelState) -> Bool {
        a.tensors.count == b.tensors.count && zip(a.tensors, b.tensors).allSatisfy {
            $0.name == $1.name && $0.shape == $1.shape && $0.scalars == $1.scalars
        }
    }
}

/// Why stored values do not fit a model.
public enum ModelStateError: Error, Equatable, CustomStringConvertible {
    /// The model has a tensor the stored state lacks.
    case missing(String)
    /// The stored state has a tensor the model lacks.
    case unexpected(String)
    /// A tensor has another shape in the model than in the stored state.
    case shapeMismatch(String, expected: [Int], found: [Int])
    /// A stored tensor has another number of values than its shape holds.
    case valueCount(String, expected: Int, found: Int)

    /// A sentence naming the tensor.
    public var description: String {
        switch self {
        case .missing(let name): "the saved state has no tensor \"\(name)\" that the model needs"
        case .unexpected(let name): "the saved state has a tensor \"\(name)\" that the model does not have"
        case .shapeMismatch(let name, let expected, let found):
            "tensor \"\(name)\" has shape \(found) in the saved state but \(expected) in the model"
        case .valueCount(let name, let expected, let found):
            "tensor \"\(name)\" has \(found) values in the saved state; its shape holds \(expected)"
        }
    }
}
