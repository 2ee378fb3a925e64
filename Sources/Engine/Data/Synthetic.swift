import Foundation

/// Small seeded data sets whose difficulty is visible in a plot: 2-D classification shapes
/// and a noisy 1-D regression curve.
///
/// Every classification set comes with the same two knobs: `pointsPerClass` (equal sizes, or
/// one size per class for imbalance) and `labelNoise` (the share of labels replaced by a
/// different class, as in `Dataset.withNoisyLabels`). Rows come in a shuffled order, so a
/// prefix of the set is a fair sample. Geometric noise `noise` is Gaussian, added to each
/// coordinate with that standard deviation.
public enum Synthetic {
    /// Interleaved spiral arms, one class per arm, in `[-1, 1]²`: point `i` of `n` on arm
    /// `c` of `k` lies at radius `r = i / n` and angle `2π · turns · r + 2π c / k`.
    public static func spirals(
        arms: Int = 3, pointsPerClass sizes: ClassSizes = 100, turns: Float = 1, noise: Float = 0.05,
        labelNoise: Double = 0, using generator: inout SeededGenerator
    ) -> Dataset {
        precondition(arms >= 2, "spirals need at least 2 arms, got \(arms)")
        precondition(turns > 0, "spiral arms need a positive number of turns, got \(turns)")
        return classification(sizes.counts(classes: arms), noise: noise, labelNoise: labelNoise, using: &generator) {
            arm, index, size, _ in
            let radius = Float(index) / Float(max(size, 1))
            let angle = 2 * Float.pi * (turns * radius + Float(arm) / Float(arms))
            return [radius * cos(angle), radius * sin(angle)]
        }
    }

    /// Two interleaving half circles: class 0 on the upper arc `(cos t, sin t)`, class 1 on
    /// the lower arc `(1 − cos t, 0.5 − sin t)`, with `t` uniform in `[0, π)`.
    public static func moons(
        pointsPerClass sizes: ClassSizes = 100, noise: Float = 0.1,
        labelNoise: Double = 0, using generator: inout SeededGenerator
    ) -> Dataset {
        classification(sizes.counts(classes: 2), noise: noise, labelNoise: labelNoise, using: &generator) {
            label, _, _, generator in
            let t = generator.nextFloat(in: 0..<Float.pi)
            return label == 0 ? [cos(t), sin(t)] : [1 - cos(t), 0.5 - sin(t)]
        }
    }

    /// Two concentric circles: class 0 on the outer one (radius 1), class 1 on the inner one
    /// (radius `innerRadius`), at uniform angles.
    public static func circles(
        pointsPerClass sizes: ClassSizes = 100, innerRadius: Float = 0.5, noise: Float = 0.05,
        labelNoise: Double = 0, using generator: inout SeededGenerator
    ) -> Dataset {
        precondition(innerRadius > 0 && innerRadius < 1,
                     "the inner circle's radius must lie in (0, 1), got \(innerRadius)")
        return classification(sizes.counts(classes: 2), noise: noise, labelNoise: labelNoise, using: &generator) {
            label, _, _, generator in
            let angle = generator.nextFloat(in: 0..<2 * Float.pi)
            let radius = label == 0 ? 1 : innerRadius
            return [radius * cos(angle), radius * sin(angle)]
        }
    }

    /// Gaussian blobs, one per class, in `dimensions` dimensions: the centres are drawn
    /// uniformly from `[-centreRange, centreRange]^d`, the points around them with standard
    /// deviation `spread`.
    public static func blobs(
        classes: Int = 3, pointsPerClass sizes: ClassSizes = 100, dimensions: Int = 2,
        spread: Float = 1, centreRange: Float = 5,
        labelNoise: Double = 0, using generator: inout SeededGenerator
    ) -> Dataset {
        precondition(classes >= 1, "blobs need at least one class, got \(classes)")
        precondition(dimensions >= 1, "blobs need at least one dimension, got \(dimensions)")
        precondition(spread >= 0 && centreRange > 0, "blobs need spread ≥ 0 and centreRange > 0")
        let centres = (0..<classes).map { _ in
            (0..<dimensions).map { _ in generator.nextFloat(in: -centreRange..<centreRange) }
        }
        let counts = sizes.counts(classes: classes)
        return classification(counts, noise: spread, labelNoise: labelNoise, using: &generator) { label, _, _, _ in
            centres[label]
        }
    }

    /// XOR: points uniform in `[-1, 1]²`, class 1 where exactly one coordinate is positive
    /// (the second and fourth quadrants), class 0 elsewhere. No straight line separates them.
    public static func xor(
        pointsPerClass sizes: ClassSizes = 100, noise: Float = 0,
        labelNoise: Double = 0, using generator: inout SeededGenerator
    ) -> Dataset {
        classification(sizes.counts(classes: 2), noise: noise, labelNoise: labelNoise, using: &generator) {
            label, _, _, generator in
            let x = generator.nextFloat(in: 0..<1), y = generator.nextFloat(in: 0..<1)
            // Class 0: both signs equal; class 1: signs differ.
            let flipX = generator.nextUnitFloat() < 0.5
            let signX: Float = flipX ? -1 : 1
            let signY: Float = label == 0 ? signX : -signX
            return [signX * x, signY * y]
        }
    }

    /// A noisy regression curve: `x` uniform in `domain`, `y = curve(x) + ε` with
    /// `ε ~ N(0, noise²)`; features `[count, 1]`, targets `[count, 1]`.
    public static func noisyCurve(
        count: Int = 100, noise: Float = 0.1, domain: Range<Float> = -3..<3,
        curve: (Float) -> Float = { sin($0) }, using generator: inout SeededGenerator
    ) -> Dataset {
        precondition(count >= 0, "a data set cannot have \(count) points")
        precondition(noise >= 0, "noise is a standard deviation and cannot be negative, got \(noise)")
        let x = (0..<count).map { _ in generator.nextFloat(in: domain) }
        let y = x.map { curve($0) + noise * generator.nextNormal() }
        return Dataset(features: Tensor(shape: [count, 1], scalars: x), targets: Tensor(shape: [count, 1], scalars: y))
    }

    /// Builds a shuffled classification set from per-class point makers, then adds
    /// Gaussian coordinate noise and label noise.
    private static func classification(
        _ counts: [Int], noise: Float, labelNoise: Double, using generator: inout SeededGenerator,
        point: (_ label: Int, _ index: Int, _ classSize: Int, _ generator: inout SeededGenerator) -> [Float]
    ) -> Dataset {
        precondition(noise >= 0, "noise is a standard deviation and cannot be negative, got \(noise)")
        var rows: [(label: Int, values: [Float])] = []
        for (label, size) in counts.enumerated() {
            for index in 0..<size {
                let clean = point(label, index, size, &generator)
                rows.append((label, clean.map { $0 + noise * generator.nextNormal() }))
            }
        }
        rows.shuffle(using: &generator)
        let width = rows.first?.values.count ?? 2
        let dataset = Dataset(
            features: Tensor(shape: [rows.count, width], scalars: rows.flatMap(\.values)),
            labels: rows.map(\.label))
        return labelNoise == 0 ? dataset : dataset.withNoisyLabels(fraction: labelNoise, using: &generator).dataset
    }
}
