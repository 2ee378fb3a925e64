/// Flattens each example into one row: `[B, ...]` → `[B, N]` (between convolutional and linear layers).
public final class Flatten: Module, Layer {
    /// The input with every example's values in one row.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        input.flattened()
    }
}
