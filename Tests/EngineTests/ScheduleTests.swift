import Engine
import Testing

/// Learning-rate schedules against tables worked out by hand.
struct ScheduleTests {
    private func expectRates(_ schedule: Schedule, _ expected: [Float], tolerance: Float = 1e-6,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let rates = schedule.learningRates(steps: expected.count)
        #expect(zip(rates, expected).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) },
                "\(rates) ≠ \(expected)", sourceLocation: sourceLocation)
    }

    @Test func constantNeverChanges() {
        expectRates(.constant(0.1), [0.1, 0.1, 0.1])
    }

    @Test func stepDecayHalvesEveryTwoSteps() {
        expectRates(.stepDecay(initial: 1, factor: 0.5, every: 2), [1, 1, 0.5, 0.5, 0.25])
    }

    @Test func exponentialMultipliesEveryStep() {
        expectRates(.exponential(initial: 1, factor: 0.9), [1, 0.9, 0.81, 0.729])
    }

    @Test func cosineFallsAlongHalfACosine() {
        // 0.1 + 0.9·(1 + cos(πt/4))/2 for t = 0…4: 1, 0.1 + 0.9·0.853553 = 0.868198, 0.55,
        // 0.1 + 0.9·0.146447 = 0.231802, 0.1; then it stays at 0.1.
        expectRates(.cosine(initial: 1, final: 0.1, steps: 4), [1, 0.868_198, 0.55, 0.231_802, 0.1, 0.1])
    }

    @Test func warmupRisesLinearlyThenHandsOver() {
        // then(0)·(t + 1)/4 for t < 4, then the step decay from its own step 0.
        expectRates(.warmup(steps: 4, then: .stepDecay(initial: 0.8, factor: 0.5, every: 2)),
                    [0.2, 0.4, 0.6, 0.8, 0.8, 0.8, 0.4])
    }

    @Test func oneCycleMatchesPyTorchsTwoPhaseCosineShape() {
        // maximum 1, T = 10, warm-up 0.3, start 1/25 = 0.04, end 0.04/10⁴ = 4·10⁻⁶.
        // Peak step s = 0.3·10 − 1 = 2: t = 0 → 0.04, t = 1 → 0.04 + 0.96·0.5 = 0.52, t = 2 → 1.
        // Then p = (t − 2)/7: t = 3 → e + (1 − e)(1 + cos(π/7))/2 = 0.950484 (cos(π/7) = 0.900969),
        // t = 9 → 4·10⁻⁶; later steps stay at the end value.
        let schedule = Schedule.oneCycle(maximum: 1, totalSteps: 10)
        expectRates(schedule, [0.04, 0.52, 1, 0.950_484], tolerance: 1e-5)
        #expect(abs(schedule.learningRate(atStep: 9) - 4e-6) < 1e-9)
        #expect(abs(schedule.learningRate(atStep: 50) - 4e-6) < 1e-9)
        let rates = schedule.learningRates(steps: 10)
        #expect(rates.firstIndex(of: rates.max() ?? 0) == 2)
    }
}
