/// Flattens each example into one row: `[B, ...]` → `[B, N]` (between convolutional and linear layers).
public final class Flatten: Layer {
    /// Whether the layer is in training mode (it behaves the same in both).
    public var isTraining = true

    /// A flattening layer.
    public init() {}

    /// The input with every example's values in one row.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        input.flattened()
    }
}
