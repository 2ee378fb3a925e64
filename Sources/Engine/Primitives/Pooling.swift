/// Max pooling over K×K windows of `[B, C, H, W]` with stride S (no padding):
/// y[b, c, i, j] = max over the window at (i·S, j·S); Ho = (H − K)/S + 1, likewise Wo.
/// Backward: each output's gradient goes to the (first) position that held the maximum.
public func maxPool2d(_ x: Tensor, size: Int, stride: Int? = nil) -> Tensor {
    let stride = stride ?? size
    precondition(x.rank == 4, "max pooling needs input of shape [batch, channels, height, width], got \(x.shape)")
    precondition(size >= 1 && stride >= 1, "max pooling needs a window and stride of at least 1, got \(size) and \(stride)")
    let (batch, channels, height, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    precondition(height >= size && width >= size, "a \(size)×\(size) pooling window does not fit input \(x.shape)")
    let (outputHeight, outputWidth) = ((height - size) / stride + 1, (width - size) / stride + 1)
    let outputCount = batch * channels * outputHeight * outputWidth
    var winners = [Int](repeating: 0, count: outputCount)
    var y = [Float](repeating: 0, count: outputCount)
    let values = x.scalars
    var slot = 0
    for plane in 0..<(batch * channels) {
        for i in 0..<outputHeight {
            for j in 0..<outputWidth {
                var best = (plane * height + i * stride) * width + j * stride
                for u in 0..<size {
                    for v in 0..<size {
                        let index = (plane * height + i * stride + u) * width + j * stride + v
                        if values[best] < values[index] || (values[index].isNaN && !values[best].isNaN) { best = index }
                    }
                }
                winners[slot] = best
                y[slot] = values[best]
                slot += 1
            }
        }
    }
    return Tensor(shape: [batch, channels, outputHeight, outputWidth], scalars: y, inputs: [x]) {
        { [winners] output, g in
            output.inputs[0].accumulateGradient { gx in
                for (slot, winner) in winners.enumerated() { gx[winner] += g[slot] }
            }
        }
    }
}
