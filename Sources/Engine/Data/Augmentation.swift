/// Random, label-preserving changes to training images, composed in order and drawn afresh
/// for every image of every batch.
///
/// Images are batch rows of `H·W` pixels with a square `H·W` (digits: `[B, 64]`), or
/// `[B, C, H, W]` (digits: `[B, 1, 8, 8]`); all channels of an image get the same change.
/// Pixels that move in from outside the image take the value `fill` (0, the blank
/// background of raw or `/16` digits; standardized images need their own background value).
///
/// ```swift
/// let augment = Augmentation(.shift(upTo: 1), .rotation(upToDegrees: 10), .gaussianNoise(standardDeviation: 0.05))
/// let history = fit(model, on: training, ..., augment: augment.callAsFunction)
/// ```
/// Apply it to training batches only: validation and test images must stay as they are.
public struct Augmentation: Sendable {
    let steps: [Step]

    /// One kind of change, with the ranges its random parameters are drawn from.
    enum Step: Sendable, Equatable {
        case shift(x: ClosedRange<Int>, y: ClosedRange<Int>, fill: Float)
        case rotation(degrees: ClosedRange<Float>, fill: Float)
        case flip(horizontal: Bool, probability: Float)
        case gaussianNoise(standardDeviation: Float)
        case erasing(probability: Float, maxSide: Int, fill: Float)
    }

    init(steps: [Step]) {
        self.steps = steps
    }

    /// The augmentations applied one after the other, in the order given.
    public init(_ augmentations: Augmentation...) {
        self.init(steps: augmentations.flatMap(\.steps))
    }

    /// This augmentation followed by `next`.
    public func then(_ next: Augmentation) -> Augmentation {
        Augmentation(steps: steps + next.steps)
    }

    /// Moves the image by whole pixels, `dx` and `dy` each drawn uniformly from
    /// `-maxPixels...maxPixels`: `out[y][x] = in[y − dy][x − dx]`.
    public static func shift(upTo maxPixels: Int, fill: Float = 0) -> Augmentation {
        precondition(maxPixels >= 0, "a shift of up to \(maxPixels) pixels makes no sense; use 0 or more")
        return Augmentation(steps: [.shift(x: -maxPixels...maxPixels, y: -maxPixels...maxPixels, fill: fill)])
    }

    /// Moves the image by exactly `dx` pixels right and `dy` pixels down (negative: left, up).
    public static func shift(x dx: Int, y dy: Int, fill: Float = 0) -> Augmentation {
        Augmentation(steps: [.shift(x: dx...dx, y: dy...dy, fill: fill)])
    }

    /// Rotates about the image centre by an angle drawn uniformly from
    /// `-maxDegrees...maxDegrees` (positive: counter-clockwise on screen), resampling
    /// bilinearly (each output pixel mixes the four input pixels around its source point).
    public static func rotation(upToDegrees maxDegrees: Float, fill: Float = 0) -> Augmentation {
        precondition(maxDegrees >= 0, "a rotation of up to \(maxDegrees)° makes no sense; use 0 or more")
        return Augmentation(steps: [.rotation(degrees: -maxDegrees...maxDegrees, fill: fill)])
    }

    /// Rotates about the image centre by exactly `degrees` (positive: counter-clockwise on
    /// screen), resampling bilinearly.
    public static func rotation(degrees: Float, fill: Float = 0) -> Augmentation {
        Augmentation(steps: [.rotation(degrees: degrees...degrees, fill: fill)])
    }

    /// Mirrors the image left to right, `out[y][x] = in[y][W − 1 − x]`, with the given
    /// probability. Not label-preserving for most digits: a mirrored 2 is no 2.
    public static func horizontalFlip(probability: Float = 0.5) -> Augmentation {
        precondition((0...1).contains(probability), "a probability must lie in 0...1, got \(probability)")
        return Augmentation(steps: [.flip(horizontal: true, probability: probability)])
    }

    /// Mirrors the image top to bottom, `out[y][x] = in[H − 1 − y][x]`, with the given
    /// probability. A flipped 6 reads as a 9-like shape: the label would lie.
    public static func verticalFlip(probability: Float = 0.5) -> Augmentation {
        precondition((0...1).contains(probability), "a probability must lie in 0...1, got \(probability)")
        return Augmentation(steps: [.flip(horizontal: false, probability: probability)])
    }

    /// Adds independent noise `ε ~ N(0, σ²)` to every pixel (values are not clipped).
    public static func gaussianNoise(standardDeviation: Float) -> Augmentation {
        precondition(standardDeviation >= 0, "a standard deviation cannot be negative, got \(standardDeviation)")
        return Augmentation(steps: [.gaussianNoise(standardDeviation: standardDeviation)])
    }

    /// With the given probability, sets a rectangle to `fill`: its height and width drawn
    /// uniformly from `1...maxSide`, its position uniformly among those inside the image
    /// (random erasing, Zhong et al. 2017).
    public static func randomErasing(probability: Float = 0.5, maxSide: Int = 3, fill: Float = 0) -> Augmentation {
        precondition((0...1).contains(probability), "a probability must lie in 0...1, got \(probability)")
        precondition(maxSide >= 1, "an erased rectangle needs a side of at least 1 pixel, got \(maxSide)")
        return Augmentation(steps: [.erasing(probability: probability, maxSide: maxSide, fill: fill)])
    }

    /// `batch` with every image changed by these steps; labels and targets are kept.
    ///
    /// Each image draws its own parameters from `generator`, image by image and step by
    /// step, so the same generator state gives the same batch. The signature matches
    /// `fit`'s `augment: ((Batch, inout SeededGenerator) -> Batch)?`.
    public func callAsFunction(_ batch: Batch, using generator: inout SeededGenerator) -> Batch {
        let geometry = ImageGeometry(batchShape: batch.inputs.shape)
        var pixels = batch.inputs.scalars
        var scratch = [Float](repeating: 0, count: geometry.imageSize)
        pixels.withUnsafeMutableBufferPointer { all in
            for image in 0..<batch.count {
                let start = image * geometry.imageSize
                let slice = UnsafeMutableBufferPointer(rebasing: all[start..<start + geometry.imageSize])
                for step in steps {
                    step.apply(to: slice, geometry: geometry, scratch: &scratch, using: &generator)
                }
            }
        }
        return Batch(inputs: Tensor(shape: batch.inputs.shape, scalars: pixels),
                     labels: batch.labels, targets: batch.targets)
    }

    /// One square, single-channel image (e.g. a digit's 64 pixels) changed by these steps.
    public func callAsFunction(image: [Float], using generator: inout SeededGenerator) -> [Float] {
        let batch = Batch(inputs: Tensor(shape: [1, image.count], scalars: image), labels: [])
        return self(batch, using: &generator).inputs.scalars
    }
}
