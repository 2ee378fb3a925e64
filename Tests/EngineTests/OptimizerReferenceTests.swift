@testable import Engine
import Testing

/// Each optimizer's fast loop (eight lanes in Swift for SGD; AVX2 or SSE2 in C for Adam) must
/// give exactly the bits of its plain one-value update, on lengths with and without a tail.
struct OptimizerReferenceTests {
    /// A parameter of `count` random values with a random gradient.
    private func parameter(count: Int, seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        let parameter = Tensor(randomNormal: [count], generator: &generator, requiresGradient: true)
        let gradient = Tensor(randomNormal: [count], standardDeviation: 0.1, generator: &generator)
        (parameter * gradient.detached()).sum().backward()  // ∂/∂θ Σθ·g = g
        return parameter
    }

    @Test(arguments: [(0.0, false, 0.0, 0.0), (0.0, false, 1e-2, 1e-3), (0.9, false, 1e-2, 0.0), (0.9, true, 0.0, 1e-3)])
    func sgdLoopsEqualTheOneValueUpdate(_ momentum: Float, _ nesterov: Bool, _ penalty: Float, _ decay: Float) {
        let optimizer = SGD(learningRate: 0.05, momentum: momentum, nesterov: nesterov, l2Penalty: penalty, weightDecay: decay)
        let theta = parameter(count: 37, seed: 1)
        let gradient = theta.gradientScalars!
        var expected = theta.scalars
        var velocity = [Float](repeating: 0, count: 37)
        for _ in 0..<3 {
            optimizer.step([theta])
            for i in expected.indices {
                (expected[i], velocity[i]) = optimizer.updated(theta: expected[i], gradient: gradient[i], velocity: velocity[i])
            }
            #expect(theta.scalars == expected)
        }
    }

    @Test(arguments: [(0.0, 0.0), (1e-2, 0.0), (0.0, 0.1)])
    func adamKernelEqualsTheOneValueUpdate(_ penalty: Float, _ decay: Float) {
        let optimizer = Adam(learningRate: 1e-2, l2Penalty: penalty, weightDecay: decay)
        let theta = parameter(count: 45, seed: 2)
        let gradient = theta.gradientScalars!
        var expected = theta.scalars
        var (m, v) = ([Float](repeating: 0, count: 45), [Float](repeating: 0, count: 45))
        for step in 1...3 {
            optimizer.step([theta])
            let rule = optimizer.rule(atStep: step)
            for i in expected.indices {
                (expected[i], m[i], v[i]) = rule.updated(theta: expected[i], gradient: gradient[i], m: m[i], v: v[i])
            }
            #expect(theta.scalars == expected)
        }
    }
}
