import Engine
import Foundation
import Testing

struct SyntheticTests {
    private func points(_ data: Dataset, label: Int) -> [(x: Float, y: Float)] {
        (0..<data.count).filter { data.labels[$0] == label }.map {
            let p = data.example(at: $0)
            return (p[0], p[1])
        }
    }

    @Test func shapesAndBalancedClassCounts() {
        var g = SeededGenerator(seed: 1)
        let spirals = Synthetic.spirals(arms: 4, pointsPerClass: 50, using: &g)
        #expect(spirals.features.shape == [200, 2])
        #expect(spirals.classCounts == [50, 50, 50, 50])
        #expect(Synthetic.moons(pointsPerClass: 30, using: &g).classCounts == [30, 30])
        #expect(Synthetic.circles(pointsPerClass: 30, using: &g).classCounts == [30, 30])
        #expect(Synthetic.xor(pointsPerClass: 25, using: &g).features.shape == [50, 2])
        let blobs = Synthetic.blobs(classes: 5, pointsPerClass: 10, dimensions: 3, using: &g)
        #expect(blobs.features.shape == [50, 3])
        #expect(blobs.classCounts == Array(repeating: 10, count: 5))
        let curve = Synthetic.noisyCurve(count: 80, using: &g)
        #expect(curve.features.shape == [80, 1])
        #expect(curve.targets?.shape == [80, 1])
    }

    @Test func classSizesCanBeImbalanced() {
        var g = SeededGenerator(seed: 2)
        #expect(Synthetic.moons(pointsPerClass: [95, 5], using: &g).classCounts == [95, 5])
        #expect(Synthetic.spirals(arms: 3, pointsPerClass: [10, 20, 70], using: &g).classCounts == [10, 20, 70])
        let counts = [40, 60]
        #expect(Synthetic.circles(pointsPerClass: ClassSizes(counts), using: &g).classCounts == counts)
    }

    @Test func rowsComeShuffledSoAPrefixMixesClasses() {
        var g = SeededGenerator(seed: 3)
        let moons = Synthetic.moons(pointsPerClass: 100, using: &g)
        #expect(Set(moons.prefix(20).labels) == [0, 1])
    }

    @Test func sameSeedSameDataAndAnotherSeedOtherData() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let first = Synthetic.spirals(using: &a)
        let second = Synthetic.spirals(using: &b)
        #expect(first.features.scalars == second.features.scalars)
        #expect(first.labels == second.labels)
        #expect(first.features.scalars != Synthetic.spirals(using: &c).features.scalars)
    }

    @Test func labelNoiseChangesTheRequestedShareOfAnOtherwiseIdenticalSet() {
        var a = SeededGenerator(seed: 4), b = SeededGenerator(seed: 4)
        let clean = Synthetic.circles(pointsPerClass: 100, using: &a)
        let noisy = Synthetic.circles(pointsPerClass: 100, labelNoise: 0.1, using: &b)
        #expect(noisy.features.scalars == clean.features.scalars)
        // 10 % of 200 points.
        #expect(zip(clean.labels, noisy.labels).filter { $0 != $1 }.count == 20)
    }

    @Test func circlesLieOnTheirRadiiWithoutNoise() {
        var g = SeededGenerator(seed: 5)
        let data = Synthetic.circles(pointsPerClass: 50, innerRadius: 0.4, noise: 0, using: &g)
        #expect(points(data, label: 0).allSatisfy { abs(($0.x * $0.x + $0.y * $0.y).squareRoot() - 1) < 1e-5 })
        #expect(points(data, label: 1).allSatisfy { abs(($0.x * $0.x + $0.y * $0.y).squareRoot() - 0.4) < 1e-5 })
    }

    @Test func moonsLieOnTheirArcsWithoutNoise() {
        var g = SeededGenerator(seed: 6)
        let data = Synthetic.moons(pointsPerClass: 50, noise: 0, using: &g)
        #expect(points(data, label: 0).allSatisfy { abs($0.x * $0.x + $0.y * $0.y - 1) < 1e-5 && $0.y >= 0 })
        #expect(points(data, label: 1).allSatisfy {
            abs(($0.x - 1) * ($0.x - 1) + ($0.y - 0.5) * ($0.y - 0.5) - 1) < 1e-5 && $0.y <= 0.5
        })
    }

    @Test func xorLabelsAreTheSignProduct() {
        var g = SeededGenerator(seed: 7)
        let data = Synthetic.xor(pointsPerClass: 100, using: &g)
        for row in 0..<data.count {
            let p = data.example(at: row)
            #expect((p[0] * p[1] < 0 ? 1 : 0) == data.labels[row])
        }
        #expect(Set(points(data, label: 0).map { $0.x > 0 }) == [true, false])
    }

    @Test func spiralArmsStayInsideTheUnitDiscWithoutNoise() {
        var g = SeededGenerator(seed: 8)
        let data = Synthetic.spirals(arms: 3, pointsPerClass: 40, noise: 0, using: &g)
        let radii = (0..<data.count).map { row -> Float in
            let p = data.example(at: row)
            return (p[0] * p[0] + p[1] * p[1]).squareRoot()
        }
        // Radii are i / 40 for i = 0..<40, once per arm.
        #expect(radii.allSatisfy { $0 < 1 })
        #expect(radii.filter { abs($0 - 0.5) < 1e-5 }.count == 3)
    }

    @Test func blobsSpreadAroundOneCentrePerClass() {
        var g = SeededGenerator(seed: 9)
        let tight = Synthetic.blobs(classes: 2, pointsPerClass: 20, spread: 0, using: &g)
        for label in 0..<2 {
            #expect(Set(points(tight, label: label).map { [$0.x, $0.y] }).count == 1)
        }
        let spread = Synthetic.blobs(classes: 1, pointsPerClass: 4000, dimensions: 1, spread: 0.5, using: &g)
        let x = spread.features.scalars.map(Double.init)
        let mean = x.reduce(0, +) / 4000
        let deviation = (x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4000).squareRoot()
        // Standard error of a standard deviation estimate: 0.5 / √(2 · 4000) ≈ 0.006.
        #expect(abs(deviation - 0.5) < 0.03)
    }

    @Test func noisyCurveFollowsItsFunction() {
        var g = SeededGenerator(seed: 10)
        let exact = Synthetic.noisyCurve(count: 50, noise: 0, domain: -2..<2, curve: { 3 * $0 - 1 }, using: &g)
        let x = exact.features.scalars
        #expect(x.allSatisfy { $0 >= -2 && $0 < 2 })
        #expect(exact.targets?.scalars == x.map { 3 * $0 - 1 })
        let noisy = Synthetic.noisyCurve(count: 4000, noise: 0.3, using: &g)
        let residuals = zip(noisy.features.scalars, noisy.targets?.scalars ?? []).map { Double($1 - sin($0)) }
        let rms = (residuals.map { $0 * $0 }.reduce(0, +) / 4000).squareRoot()
        #expect(abs(rms - 0.3) < 0.02)
    }
}
