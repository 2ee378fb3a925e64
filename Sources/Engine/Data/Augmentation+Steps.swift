import Foundation

/// How a batch's rows are read as images: `C` channels of `H×W` pixels each.
struct ImageGeometry {
    let channels: Int
    let height: Int
    let width: Int

    var planeSize: Int { height * width }
    var imageSize: Int { channels * planeSize }

    /// `[B, H·W]` with a square `H·W`, `[B, H, W]`, or `[B, C, H, W]`.
    init(batchShape shape: [Int]) {
        switch shape.count {
        case 2:
            let side = Int(Double(shape[1]).squareRoot().rounded())
            precondition(side * side == shape[1],
                         "augmentation reads a row of \(shape[1]) values as a square image, "
                             + "but \(shape[1]) is not a square; use [B, C, H, W]")
            (channels, height, width) = (1, side, side)
        case 3: (channels, height, width) = (1, shape[1], shape[2])
        case 4: (channels, height, width) = (shape[1], shape[2], shape[3])
        default:
            preconditionFailure("augmentation needs images shaped [B, H·W], [B, H, W] or [B, C, H, W], got \(shape)")
        }
    }
}

extension Augmentation.Step {
    /// Changes one image in place; `scratch` holds at least one channel.
    func apply(
        to image: UnsafeMutableBufferPointer<Float>, geometry g: ImageGeometry,
        scratch: inout [Float], using generator: inout SeededGenerator
    ) {
        switch self {
        case let .shift(xRange, yRange, fill):
            let dx = Int.random(in: xRange, using: &generator)
            let dy = Int.random(in: yRange, using: &generator)
            guard dx != 0 || dy != 0 else { return }
            forEachPlane(of: image, geometry: g, scratch: &scratch) { source, x, y in
                let (sx, sy) = (x - dx, y - dy)
                let inside = sx >= 0 && sx < g.width && sy >= 0 && sy < g.height
                return inside ? source[sy * g.width + sx] : fill
            }
        case let .rotation(degrees, fill):
            let angle = Double(draw(in: degrees, using: &generator)) * Double.pi / 180
            guard angle != 0 else { return }
            let (cosine, sine) = (Float(cos(angle)), Float(sin(angle)))
            let (cx, cy) = (Float(g.width - 1) / 2, Float(g.height - 1) / 2)
            forEachPlane(of: image, geometry: g, scratch: &scratch) { source, x, y in
                // Inverse mapping: the output pixel (x, y) comes from the input point rotated
                // back by the angle (y points down, so counter-clockwise on screen).
                let (u, v) = (Float(x) - cx, Float(y) - cy)
                let sx = cx + u * cosine - v * sine
                let sy = cy + u * sine + v * cosine
                return bilinear(source, at: sx, sy, geometry: g, fill: fill)
            }
        case let .flip(horizontal, probability):
            guard generator.nextUnitFloat() < probability else { return }
            forEachPlane(of: image, geometry: g, scratch: &scratch) { source, x, y in
                horizontal ? source[y * g.width + (g.width - 1 - x)] : source[(g.height - 1 - y) * g.width + x]
            }
        case let .gaussianNoise(standardDeviation):
            guard standardDeviation > 0 else { return }
            for i in image.indices { image[i] += standardDeviation * generator.nextNormal() }
        case let .erasing(probability, maxSide, fill):
            guard generator.nextUnitFloat() < probability else { return }
            let height = Int.random(in: 1...min(maxSide, g.height), using: &generator)
            let width = Int.random(in: 1...min(maxSide, g.width), using: &generator)
            let top = Int.random(in: 0...(g.height - height), using: &generator)
            let left = Int.random(in: 0...(g.width - width), using: &generator)
            for channel in 0..<g.channels {
                for y in top..<top + height {
                    for x in left..<left + width { image[channel * g.planeSize + y * g.width + x] = fill }
                }
            }
        }
    }

    /// Rewrites every channel of `image` as `pixel(source, x, y)`, where `source` is a copy
    /// of that channel taken before any pixel changed.
    private func forEachPlane(
        of image: UnsafeMutableBufferPointer<Float>, geometry g: ImageGeometry, scratch: inout [Float],
        pixel: (_ source: ArraySlice<Float>, _ x: Int, _ y: Int) -> Float
    ) {
        for channel in 0..<g.channels {
            let offset = channel * g.planeSize
            for i in 0..<g.planeSize { scratch[i] = image[offset + i] }
            let source = scratch[0..<g.planeSize]
            for y in 0..<g.height {
                for x in 0..<g.width { image[offset + y * g.width + x] = pixel(source, x, y) }
            }
        }
    }

    /// The value at the real-valued point (x, y), mixing the four surrounding pixels by
    /// their distance; pixels outside the image count as `fill`.
    private func bilinear(
        _ source: ArraySlice<Float>, at x: Float, _ y: Float, geometry g: ImageGeometry, fill: Float
    ) -> Float {
        let (x0, y0) = (Int(x.rounded(.down)), Int(y.rounded(.down)))
        let (fx, fy) = (x - Float(x0), y - Float(y0))
        func value(_ px: Int, _ py: Int) -> Float {
            px >= 0 && px < g.width && py >= 0 && py < g.height ? source[py * g.width + px] : fill
        }
        let top = value(x0, y0) * (1 - fx) + value(x0 + 1, y0) * fx
        let bottom = value(x0, y0 + 1) * (1 - fx) + value(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }

    private func draw(in range: ClosedRange<Float>, using generator: inout SeededGenerator) -> Float {
        range.lowerBound == range.upperBound
            ? range.lowerBound : generator.nextFloat(in: range.lowerBound..<range.upperBound)
    }
}
