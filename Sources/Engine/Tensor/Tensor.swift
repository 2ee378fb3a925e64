/// An n-dimensional array of `Float` values in row-major order, which remembers how it was
/// computed so that `backward()` can send gradients back to its inputs.
///
/// Shape letters used in comments throughout the engine: `B` batch size, `I` inputs
/// (features in), `O` outputs (features out), `C` channels, `H`×`W` image height and width,
/// `K` kernel size, `N` a count of elements.
public final class Tensor {
    /// The size of each dimension, outermost first.
    public let shape: [Int]
    /// The values, row-major: the last dimension varies fastest.
    ///
    /// Anyone may read them; a new array may replace them only if it has as many values as
    /// the shape holds (`count`), so the values can never disagree with the shape that the
    /// primitives trust when they read them through pointers.
    public var scalars: [Float] {
        get { storage }
        set {
            precondition(newValue.count == storage.count,
                         "a tensor of shape \(shape) holds \(storage.count) values; \(newValue.count) were given (make a new tensor to change the shape)")
            storage = newValue
        }
    }
    /// The values themselves, for the engine's own code: always `shape`'s number of values,
    /// since every initializer and the setter of `scalars` check it.
    var storage: [Float]
    /// Whether `backward()` computes ∂loss/∂self. Parameters set it; frozen parameters clear it.
    public var requiresGradient: Bool
    /// ∂loss/∂self, accumulated by `backward()`; `nil` until a backward pass reaches this tensor.
    public internal(set) var gradientScalars: [Float]? {
        get { gradientIsZero ? gradientStorage.map { [Float](repeating: 0, count: $0.count) } : gradientStorage }
        set { (gradientStorage, gradientIsZero) = (newValue, false) }
    }
    /// The gradient's buffer, kept between steps; its values mean nothing while `gradientIsZero`.
    var gradientStorage: [Float]?
    /// Whether the gradient is zero without its buffer having been filled: `zeroGradient()` only
    /// sets this, and the next rule that writes the whole gradient overwrites the stale values
    /// instead of adding to zeros, which saves a pass over every weight's gradient per step.
    var gradientIsZero = false

    /// The tensors this one was computed from (empty for inputs, parameters and constants,
    /// and once `backward()` has released the graph).
    var inputs: [Tensor]
    /// Adds this tensor's gradient, multiplied by the local derivative, into `inputs`' gradients.
    var backwardRule: BackwardRule?
    /// Whether `backward()` ran through this tensor and then released its rule and inputs.
    var isReleased = false
    /// A mark used only while `backward()` orders the graph.
    var isVisited = false

    /// Creates a tensor from its shape and its row-major values.
    public init(shape: [Int], scalars: [Float], requiresGradient: Bool = false) {
        precondition(shape.allSatisfy { $0 >= 0 }, "a tensor's dimensions cannot be negative: \(shape)")
        precondition(
            shape.reduce(1, *) == scalars.count,
            "shape \(shape) holds \(shape.reduce(1, *)) values, but \(scalars.count) were given"
        )
        self.shape = shape
        self.storage = scalars
        self.requiresGradient = requiresGradient
        self.inputs = []
        self.backwardRule = nil
    }

    /// Creates the result of a primitive: the backward rule is kept only when some input needs
    /// a gradient and gradients are being recorded, so evaluation builds no graph.
    init(shape: [Int], scalars: [Float], inputs: [Tensor], backward makeRule: () -> BackwardRule) {
        assert(shape.reduce(1, *) == scalars.count, "a primitive made \(scalars.count) values for shape \(shape)")
        self.shape = shape
        self.storage = scalars
        if inputs.contains(where: \.requiresGradient) && GradientRecording.isEnabled {
            self.requiresGradient = true
            self.inputs = inputs
            self.backwardRule = makeRule()
        } else {
            self.requiresGradient = false
            self.inputs = []
            self.backwardRule = nil
        }
    }

    /// The number of values.
    public var count: Int { storage.count }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The value of a tensor that holds exactly one value, such as a loss.
    public var scalar: Float {
        precondition(storage.count == 1, "`scalar` needs a tensor with one value, this one has shape \(shape)")
        return storage[0]
    }

    /// ∂loss/∂self as a tensor of this tensor's shape, or `nil` before any backward pass.
    public var gradient: Tensor? {
        gradientScalars.map { Tensor(shape: shape, scalars: $0) }
    }

    /// Whether every value is a finite number (no NaN, no infinity).
    public var isFinite: Bool {
        let values = storage
        return allFinite(values.span)
    }
}

/// What a primitive records for the backward pass; it receives the primitive's output and
/// g = ∂loss/∂output (one value per element of the output), and accumulates into the
/// gradients of `output.inputs`.
typealias BackwardRule = (_ output: Tensor, _ g: Span<Float>) -> Void
