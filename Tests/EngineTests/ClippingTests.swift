import Engine
import Testing

/// Gradient clipping by norm and by value.
struct ClippingTests {
    private func parameters() -> [Tensor] {
        // Gradients [3] and [4]: global norm √(9 + 16) = 5.
        let a = Tensor([1], requiresGradient: true), b = Tensor([1], requiresGradient: true)
        (a * 3 + b * 4).sum().backward()
        return [a, b]
    }

    @Test func clippingByNormRescalesToTheLimitAndReportsTheNormBefore() {
        let p = parameters()
        let norm = clipGradients(of: p, toNorm: 1)
        #expect(abs(norm - 5) < 1e-9)
        #expect(abs((p[0].gradientScalars?[0] ?? 0) - 0.6) < 1e-6)
        #expect(abs((p[1].gradientScalars?[0] ?? 0) - 0.8) < 1e-6)
        #expect(abs(globalGradientNorm(of: p) - 1) < 1e-6)
    }

    @Test func clippingByNormLeavesSmallGradientsAlone() {
        let p = parameters()
        #expect(abs(GradientClipping.norm(10).apply(to: p) - 5) < 1e-9)
        #expect(p[0].gradientScalars == [3] && p[1].gradientScalars == [4])
    }

    @Test func clippingByValueClampsEachValue() {
        let p = parameters()
        let norm = GradientClipping.value(3.5).apply(to: p)
        #expect(abs(norm - 5) < 1e-9)
        #expect(p[0].gradientScalars == [3] && p[1].gradientScalars == [3.5])
    }
}
