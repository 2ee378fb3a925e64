import Foundation
import Testing
@testable import Notebook

/// The tick logic shared by every figure, tested through the line plot's axes.
struct LinePlotAxisTests {
    @Test func ticksAreRoundMultiplesOfOneTwoOrFive() {
        // 0…10 in about 5 ticks: a step of 2 (10 / 5), multiples 0…10.
        let ticks = Axis(lower: 0, upper: 10, scale: .linear).ticks(approximately: 5)
        #expect(ticks.map(\.value) == [0, 2, 4, 6, 8, 10])
        #expect(ticks.map(\.label) == ["0", "2", "4", "6", "8", "10"])
    }

    @Test(arguments: [(0.1, 1.0), (1.0, 3.0), (7.0, 8.0), (0.0, 0.001), (-1.0, 37.0), (1e5, 4e5)])
    func everyStepIsOneTwoOrFiveTimesAPowerOfTen(lower: Double, upper: Double) {
        let ticks = Axis(lower: lower, upper: upper, scale: .linear).ticks(approximately: 5)
        #expect(ticks.count >= 2)
        let step = ticks[1].value - ticks[0].value
        let mantissa = step / pow(10, (log10(step)).rounded(.down))
        #expect([1.0, 2, 5].contains { abs($0 - mantissa) < 1e-6 })
        #expect(ticks.allSatisfy { $0.value >= lower - 1e-9 && $0.value <= upper + 1e-9 })
    }

    @Test func aRangeJustShortOfTwoRoundValuesTakesAFinerStep() {
        // 0.003…0.997: a step of 0.5 would leave only 0.5 inside.
        let ticks = Axis(lower: 0.003, upper: 0.997, scale: .linear).ticks(approximately: 3)
        #expect(ticks.count >= 2)
    }

    @Test func labelsShowTheDigitsTheStepNeeds() {
        #expect(Axis.label(100.5, onGridOf: 0.5) == "100.5")
        #expect(Axis.label(0.30000000000000004, onGridOf: 0.1) == "0.3")
        #expect(Axis.label(40_000, onGridOf: 20_000) == "40,000")
        #expect(Axis.label(3.25, onGridOf: 0.25) == "3.25")
        #expect(Axis.label(1.5e-5, onGridOf: 5e-6) == "1.5e-5")
        #expect(Axis.label(1e-17, onGridOf: 0.1) == "0")
    }

    @Test func manyDecadesAreThinnedToRegularPowers() {
        // 1e-12 … 1: thirteen powers of ten. Every second one would still be 7 ticks, more than
        // one over the 5 asked for; every third one, on multiples of 3, is 5.
        let ticks = Axis(lower: 1e-12, upper: 1, scale: .log).ticks(approximately: 5)
        #expect(ticks.map(\.label) == ["1e-12", "1e-9", "1e-6", "0.001", "1"])
    }

    @Test func lessThanADecadeGetsOneTwoFiveTicks() {
        let ticks = Axis(lower: 0.15, upper: 0.9, scale: .log).ticks(approximately: 5)
        #expect(ticks.map(\.label) == ["0.2", "0.5"])
    }

    @Test func logPositionsAreEqualForEqualRatios() {
        let axis = Axis(lower: 1e-3, upper: 10, scale: .log)
        #expect(axis.fraction(of: 1e-3) == 0)
        #expect(abs((axis.fraction(of: 0.1) ?? 0) - 0.5) < 1e-12)
        #expect(axis.fraction(of: 0) == nil)
        #expect(axis.fraction(of: .nan) == nil)
    }
}
