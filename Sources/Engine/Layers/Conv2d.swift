/// A 2-D convolutional layer: every output channel slides one K×K filter over all input
/// channels, so the same few weights are shared by every position of the image.
///
/// Shapes: input `[B, C, H, W]`, weight `[O, C, K, K]`, bias `[O]`, output `[B, O, Ho, Wo]`
/// with Ho = (H + 2·padding − K)/stride + 1 (likewise Wo). Computed by im2col and one matrix
/// product (`conv2d`). Weights are drawn with fan-in C·K·K and fan-out O·K·K; biases start at zero.
public final class Conv2d: Module, WeightedLayer {
    /// `[O, C, K, K]`.
    public let weight: Tensor
    /// `[O]`, or `nil` for a layer without bias.
    public let bias: Tensor?
    /// The step between neighbouring windows.
    public let stride: Int
    /// Zeros added around each side of the input.
    public let padding: Int

    /// A convolution from `inputChannels` to `outputChannels` with `kernelSize`×`kernelSize` filters.
    public init(inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                bias: Bool = true, initializer: Initializer = .heUniform, generator: inout SeededGenerator) {
        precondition(inputChannels > 0 && outputChannels > 0 && kernelSize > 0,
                     "a convolution needs positive channel counts and kernel size, got \(inputChannels), \(outputChannels), \(kernelSize)")
        precondition(stride >= 1 && padding >= 0, "a convolution needs stride ≥ 1 and padding ≥ 0, got \(stride) and \(padding)")
        let area = kernelSize * kernelSize
        weight = Tensor(
            shape: [outputChannels, inputChannels, kernelSize, kernelSize],
            scalars: initializer.weights(count: outputChannels * inputChannels * area, fanIn: inputChannels * area,
                                         fanOut: outputChannels * area, generator: &generator),
            requiresGradient: true)
        self.bias = bias ? Tensor(shape: [outputChannels], scalars: [Float](repeating: 0, count: outputChannels),
                                  requiresGradient: true) : nil
        self.stride = stride
        self.padding = padding
    }

    /// The convolution of the input with every filter, plus the bias.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        conv2d(input, weight: weight, bias: bias, stride: stride, padding: padding)
    }

    /// "weight" and, if present, "bias".
    public var ownParameters: [(name: String, tensor: Tensor)] {
        [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
    }
}
