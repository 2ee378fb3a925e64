import Engine
import Testing

/// The autodiff machinery: accumulation, no-gradient scopes, detaching, zeroing.
struct AutodiffTests {
    @Test func gradientsAccumulateOverSeveralUsesOfATensor() {
        // y = x·x + 3x at x = 2: dy/dx = 2x + 3 = 7.
        let x = Tensor(scalar: 2, requiresGradient: true)
        (x * x + 3 * x).backward()
        #expect(x.gradientScalars == [7])
        // A second backward adds another 7 until the gradient is zeroed.
        (x * x + 3 * x).backward()
        #expect(x.gradientScalars == [14])
        x.zeroGradient()
        #expect(x.gradientScalars == [0])
    }

    @Test func chainRuleThroughADeepComposition() {
        // y = exp(2·(x + 1)) at x = 0: dy/dx = 2·e² = 14.778112.
        let x = Tensor(scalar: 0, requiresGradient: true)
        exp(2 * (x + 1)).backward()
        #expect(abs((x.gradientScalars?[0] ?? 0) - 14.778_112) < 1e-4)
    }

    @Test func withoutGradientsRecordsNoGraph() {
        let w = Tensor([1, 2], requiresGradient: true)
        let y = withoutGradients { (w * w).sum() }
        #expect(!y.requiresGradient)
        #expect(isRecordingGradients)
        #expect(withoutGradients { isRecordingGradients } == false)
    }

    @Test func detachedTensorsStopTheGradient() {
        let x = Tensor(scalar: 3, requiresGradient: true)
        (x * x.detached()).backward()
        // d(x·c)/dx with c = 3 held constant.
        #expect(x.gradientScalars == [3])
    }

    @Test func tensorsWithoutGradientNeedsAreLeftAlone() {
        let constant = Tensor([1, 2])
        let x = Tensor([3, 4], requiresGradient: true)
        (constant * x).sum().backward()
        #expect(constant.gradientScalars == nil)
        #expect(x.gradientScalars == [1, 2])
    }

    @Test func aVeryDeepGraphDoesNotOverflowTheStack() {
        let x = Tensor(scalar: 1, requiresGradient: true)
        var y = x
        for _ in 0..<20_000 { y = y * 1 }
        y.backward()
        #expect(x.gradientScalars == [1])
    }
}
