/// Max pooling: keeps the largest value of each `size`×`size` window (`[B, C, H, W]` →
/// `[B, C, Ho, Wo]`, Ho = (H − size)/stride + 1); no parameters.
public final class MaxPool2d: Module, Layer {
    /// The window's side.
    public let size: Int
    /// The step between windows (the window size unless given).
    public let stride: Int

    /// Pooling over `size`×`size` windows, `stride` apart (non-overlapping by default).
    public init(size: Int, stride: Int? = nil) {
        precondition(size >= 1 && (stride ?? size) >= 1, "max pooling needs a window and stride of at least 1")
        self.size = size
        self.stride = stride ?? size
    }

    /// The maximum of each window.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        maxPool2d(input, size: size, stride: stride)
    }
}
