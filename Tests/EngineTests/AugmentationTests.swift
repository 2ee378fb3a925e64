import Engine
import Testing

struct AugmentationTests {
    /// An 8×8 image whose pixel (row y, column x) is `8y + x`, so every pixel is distinct.
    private let ramp: [Float] = (0..<64).map(Float.init)

    private func pixel(_ image: [Float], _ y: Int, _ x: Int) -> Float { image[8 * y + x] }

    private func batch(images: Int, shape: [Int]? = nil) -> Batch {
        let values = (0..<images).flatMap { i in ramp.map { $0 + Float(100 * i) } }
        return Batch(inputs: Tensor(shape: shape ?? [images, 64], scalars: values), labels: (0..<images).map { $0 % 10 })
    }

    private let everything = Augmentation(
        .shift(upTo: 1), .rotation(upToDegrees: 15), .horizontalFlip(), .verticalFlip(),
        .gaussianNoise(standardDeviation: 0.1), .randomErasing())

    @Test(arguments: [[16, 64], [16, 1, 8, 8]])
    func keepsShapesAndLabels(shape: [Int]) {
        var generator = SeededGenerator(seed: 1)
        let input = batch(images: 16, shape: shape)
        let output = everything(input, using: &generator)
        #expect(output.inputs.shape == shape)
        #expect(output.labels == input.labels)
        #expect(output.inputs.scalars != input.inputs.scalars)
    }

    @Test func repeatsExactlyForTheSameSeedAndDiffersForAnother() {
        let input = batch(images: 8)
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5), c = SeededGenerator(seed: 6)
        let first = everything(input, using: &a).inputs.scalars
        #expect(first == everything(input, using: &b).inputs.scalars)
        #expect(first != everything(input, using: &c).inputs.scalars)
    }

    @Test func fixedShiftMovesContentRightAndDownAndFillsTheGap() {
        var generator = SeededGenerator(seed: 1)
        let out = Augmentation.shift(x: 1, y: 2, fill: -1)(image: ramp, using: &generator)
        // out[y][x] = in[y − 2][x − 1]; rows 0–1 and column 0 come from outside.
        #expect(pixel(out, 2, 1) == pixel(ramp, 0, 0))
        #expect(pixel(out, 7, 7) == pixel(ramp, 5, 6))
        #expect((0..<8).allSatisfy { pixel(out, 0, $0) == -1 && pixel(out, $0, 0) == -1 })
    }

    @Test func randomShiftsStayWithinTheirRange() {
        var generator = SeededGenerator(seed: 2)
        let shift = Augmentation.shift(upTo: 1)
        for _ in 0..<50 {
            let out = shift(image: ramp.map { $0 + 1 }, using: &generator)
            // The centre pixel (4, 4) = 37 after +1 must come from a neighbour at most one step away.
            let source = Int(pixel(out, 4, 4)) - 1
            #expect(abs(source / 8 - 4) <= 1 && abs(source % 8 - 4) <= 1)
        }
    }

    @Test func flipsMirrorTheImageAndUndoThemselves() {
        var generator = SeededGenerator(seed: 3)
        let horizontal = Augmentation.horizontalFlip(probability: 1)
        let mirrored = horizontal(image: ramp, using: &generator)
        #expect((0..<8).allSatisfy { y in (0..<8).allSatisfy { x in pixel(mirrored, y, x) == pixel(ramp, y, 7 - x) } })
        #expect(horizontal(image: mirrored, using: &generator) == ramp)
        let upsideDown = Augmentation.verticalFlip(probability: 1)(image: ramp, using: &generator)
        #expect((0..<8).allSatisfy { y in (0..<8).allSatisfy { x in pixel(upsideDown, y, x) == pixel(ramp, 7 - y, x) } })
        #expect(Augmentation.horizontalFlip(probability: 0)(image: ramp, using: &generator) == ramp)
    }

    @Test func rotationByZeroDegreesIsTheIdentity() {
        var generator = SeededGenerator(seed: 4)
        #expect(Augmentation.rotation(degrees: 0)(image: ramp, using: &generator) == ramp)
    }

    /// Counter-clockwise by 90° about the centre (3.5, 3.5), with y pointing down: the
    /// output pixel (row r, column c) comes from input (row c, column 7 − r).
    @Test func rotationByNinetyDegreesMovesEveryPixelToItsRotatedPlace() {
        var generator = SeededGenerator(seed: 4)
        let out = Augmentation.rotation(degrees: 90)(image: ramp, using: &generator)
        for r in 0..<8 {
            for c in 0..<8 { #expect(abs(pixel(out, r, c) - pixel(ramp, c, 7 - r)) < 1e-4) }
        }
    }

    /// Rotation preserves area, so a small turn of a 2×2 blob at the centre spreads it over
    /// neighbouring pixels (bilinear mixing) while its total brightness stays close to 4.
    @Test func bilinearRotationOfASmallAngleConservesAnInteriorBlob() {
        var image = [Float](repeating: 0, count: 64)
        image[8 * 3 + 3] = 1; image[8 * 3 + 4] = 1; image[8 * 4 + 3] = 1; image[8 * 4 + 4] = 1
        var generator = SeededGenerator(seed: 4)
        let out = Augmentation.rotation(degrees: 10)(image: image, using: &generator)
        #expect(abs(out.reduce(0, +) - 4) < 0.2)
        #expect(out != image)
    }

    @Test func gaussianNoiseHasTheRequestedSpread() {
        var generator = SeededGenerator(seed: 9)
        let input = Batch(inputs: Tensor(shape: [1000, 64], scalars: Array(repeating: 0.5, count: 64_000)), labels: [])
        let out = Augmentation.gaussianNoise(standardDeviation: 0.2)(input, using: &generator).inputs.scalars
        let noise = out.map { Double($0) - 0.5 }
        let mean = noise.reduce(0, +) / Double(noise.count)
        let deviation = (noise.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(noise.count)).squareRoot()
        // 64,000 samples: the mean's standard error is 0.2 / √64000 ≈ 0.0008.
        #expect(abs(mean) < 0.004)
        #expect(abs(deviation - 0.2) < 0.004)
    }

    @Test func randomErasingBlanksOneRectangle() {
        var generator = SeededGenerator(seed: 10)
        let erase = Augmentation.randomErasing(probability: 1, maxSide: 3, fill: 0)
        for _ in 0..<30 {
            let out = erase(image: Array(repeating: 1, count: 64), using: &generator)
            let erased = (0..<64).filter { out[$0] == 0 }
            let rows = Set(erased.map { $0 / 8 }), columns = Set(erased.map { $0 % 8 })
            #expect((1...3).contains(rows.count) && (1...3).contains(columns.count))
            #expect(erased.count == rows.count * columns.count)
            #expect((rows.max() ?? 0) - (rows.min() ?? 0) == rows.count - 1)
        }
    }

    @Test func stepsApplyInOrder() {
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 1), c = SeededGenerator(seed: 1)
        let shiftThenFlip = Augmentation(.shift(x: 1, y: 0), .horizontalFlip(probability: 1))
        let flipThenShift = Augmentation.horizontalFlip(probability: 1).then(.shift(x: 1, y: 0))
        let first = shiftThenFlip(image: ramp, using: &a)
        #expect(first == Augmentation.shift(x: 1, y: 0).then(.horizontalFlip(probability: 1))(image: ramp, using: &b))
        #expect(first != flipThenShift(image: ramp, using: &c))
        // Shift right then mirror: column 7 is the blank column 0 of the shifted image.
        #expect((0..<8).allSatisfy { pixel(first, $0, 7) == 0 })
    }

    @Test func allChannelsOfAnImageMoveTogether() {
        var generator = SeededGenerator(seed: 1)
        let twoChannels = Batch(inputs: Tensor(shape: [1, 2, 8, 8], scalars: ramp + ramp), labels: [3])
        let out = Augmentation.shift(upTo: 2)(twoChannels, using: &generator).inputs.scalars
        #expect(Array(out[0..<64]) == Array(out[64..<128]))
    }

    @Test func fitsTheTrainingLoopsAugmentClosureType() {
        let augment: (Batch, inout SeededGenerator) -> Batch = everything.callAsFunction
        var generator = SeededGenerator(seed: 1)
        #expect(augment(batch(images: 2), &generator).inputs.shape == [2, 64])
    }

    @Test func descriptionListsTheSteps() {
        let augmentation = Augmentation(.shift(upTo: 1), .rotation(upToDegrees: 10), .gaussianNoise(standardDeviation: 0.05))
        #expect(augmentation.description == "shift by -1...1 px, then rotation by -10.0...10.0°, then Gaussian noise σ = 0.05")
    }
}
