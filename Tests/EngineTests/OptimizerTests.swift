import Engine
import Testing

/// Optimizer steps against values computed by hand.
struct OptimizerTests {
    /// A parameter with the given values and gradient.
    private func parameter(_ values: [Float], gradient: [Float]) -> Tensor {
        let p = Tensor(values, requiresGradient: true)
        (p * Tensor(gradient)).sum().backward()  // ∂(Σ p·g)/∂p = g
        return p
    }

    private func expectClose(_ a: [Float], _ b: [Float], tolerance: Float = 1e-6,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }, "\(a) ≠ \(b)",
                sourceLocation: sourceLocation)
    }

    @Test func plainSGDStepsAgainstTheGradient() {
        // θ = 1 − 0.1·0.5 = 0.95; θ = −2 − 0.1·(−1) = −1.9
        let p = parameter([1, -2], gradient: [0.5, -1])
        SGD(learningRate: 0.1).step([p])
        expectClose(p.scalars, [0.95, -1.9])
    }

    @Test func momentumAccumulatesVelocity() {
        // μ = 0.9, η = 0.1, g = 1 on both steps:
        // step 1: v = 1, θ = 1 − 0.1 = 0.9; step 2: v = 0.9 + 1 = 1.9, θ = 0.9 − 0.19 = 0.71
        let p = parameter([1], gradient: [1])
        let sgd = SGD(learningRate: 0.1, momentum: 0.9)
        sgd.step([p])
        expectClose(p.scalars, [0.9])
        sgd.step([p])
        expectClose(p.scalars, [0.71])
    }

    @Test func nesterovLooksAhead() {
        // step 1: v = 1, d = g + μv = 1.9, θ = 1 − 0.19 = 0.81;
        // step 2: v = 0.9 + 1 = 1.9, d = 1 + 0.9·1.9 = 2.71, θ = 0.81 − 0.271 = 0.539
        let p = parameter([1], gradient: [1])
        let sgd = SGD(learningRate: 0.1, momentum: 0.9, nesterov: true)
        sgd.step([p])
        expectClose(p.scalars, [0.81])
        sgd.step([p])
        expectClose(p.scalars, [0.539])
    }

    @Test func l2PenaltyAndWeightDecayAgreeForPlainSGD() {
        // g + λθ = 0.5 + 0.1·2 = 0.7: θ = 2 − 0.1·0.7 = 1.93, either way.
        let penalized = parameter([2], gradient: [0.5])
        SGD(learningRate: 0.1, l2Penalty: 0.1).step([penalized])
        let decayed = parameter([2], gradient: [0.5])
        SGD(learningRate: 0.1, weightDecay: 0.1).step([decayed])
        expectClose(penalized.scalars, [1.93])
        expectClose(decayed.scalars, [1.93])
    }

    @Test func l2PenaltyAndWeightDecayDifferWithMomentum() {
        // θ = 2, g = 0.5, η = 0.1, μ = 0.9, λ = 0.1, two steps with the same gradient.
        // L2: step 1 g' = 0.7, v = 0.7, θ = 1.93; step 2 g' = 0.5 + 0.193 = 0.693,
        //     v = 0.63 + 0.693 = 1.323, θ = 1.93 − 0.1323 = 1.7977.
        // Decoupled: step 1 v = 0.5, θ = 2 − 0.1·(0.5 + 0.2) = 1.93; step 2 v = 0.45 + 0.5 = 0.95,
        //     θ = 1.93 − 0.1·(0.95 + 0.193) = 1.8157.
        let penalized = parameter([2], gradient: [0.5])
        let l2 = SGD(learningRate: 0.1, momentum: 0.9, l2Penalty: 0.1)
        let decayed = parameter([2], gradient: [0.5])
        let decay = SGD(learningRate: 0.1, momentum: 0.9, weightDecay: 0.1)
        for _ in 0..<2 {
            l2.step([penalized])
            decay.step([decayed])
        }
        expectClose(penalized.scalars, [1.7977], tolerance: 1e-5)
        expectClose(decayed.scalars, [1.8157], tolerance: 1e-5)
    }

    @Test func adamFirstStepMovesByTheLearningRateAgainstTheGradientSign() {
        // Step 1: m = 0.1g, v = 0.001g², m̂ = g, v̂ = g², so θ ← θ − η·g/(|g| + ε) ≈ θ − η·sign(g).
        let p = parameter([1, 1], gradient: [0.5, -4])
        Adam(learningRate: 0.01).step([p])
        expectClose(p.scalars, [0.99, 1.01], tolerance: 1e-6)
    }

    @Test func adamSecondStepMatchesHandArithmetic() {
        // g = 1 then g = 3 (β₁ = 0.9, β₂ = 0.999, η = 0.1, ε ≈ 0):
        // step 1: θ = 1 − 0.1 = 0.9.
        // step 2: m = 0.9·0.1 + 0.1·3 = 0.39, v = 0.999·0.001 + 0.001·9 = 0.009999,
        //   m̂ = 0.39/0.19 = 2.0526316, v̂ = 0.009999/0.001999 = 5.0020010, √v̂ = 2.2365149,
        //   θ = 0.9 − 0.1·2.0526316/2.2365149 = 0.9 − 0.0917781 = 0.8082219.
        let p = Tensor([1], requiresGradient: true)
        let adam = Adam(learningRate: 0.1, epsilon: 1e-12)
        for g: Float in [1, 3] {
            p.zeroGradient()
            (p * g).sum().backward()
            adam.step([p])
        }
        expectClose(p.scalars, [0.808_221_9], tolerance: 2e-6)
    }

    @Test func adamWDecaysWeightsOutsideTheAdaptiveStep() {
        // With a zero gradient Adam's step is 0, so only the decay acts: θ = 2·(1 − 0.1·0.5) = 1.9.
        let p = parameter([2], gradient: [0])
        AdamW(learningRate: 0.1, weightDecay: 0.5).step([p])
        expectClose(p.scalars, [1.9])
        // Adam with the same number as an L2 penalty gives g' = λθ = 1, a full ±η step: θ = 1.9 too,
        // but for θ = 20 the decay removes 1.0 while the penalty still moves only 0.1.
        let big = parameter([20], gradient: [0])
        AdamW(learningRate: 0.1, weightDecay: 0.5).step([big])
        let penalized = parameter([20], gradient: [0])
        Adam(learningRate: 0.1, l2Penalty: 0.5).step([penalized])
        expectClose(big.scalars, [19])
        expectClose(penalized.scalars, [19.9], tolerance: 1e-5)
    }

    @Test func vectorizedUpdatesHandleLengthsThatAreNotMultiplesOfEight() {
        // 13 values: one full group of eight and a partial group of five.
        let values = (0..<13).map { Float($0) }
        let p = parameter(values, gradient: Array(repeating: 1, count: 13))
        SGD(learningRate: 0.5).step([p])
        expectClose(p.scalars, values.map { $0 - 0.5 })
    }

    @Test func frozenParametersAreSkipped() {
        var generator = SeededGenerator(seed: 1)
        let model = Sequential {
            Linear(inputs: 2, outputs: 2, generator: &generator)
            Linear(inputs: 2, outputs: 1, generator: &generator)
        }
        let first = model.layers[0] as? Linear
        first?.freeze()
        let before = first?.weight.scalars
        meanSquaredError(model(Tensor([[1, 2]])), Tensor([[3]])).backward()
        #expect(first?.weight.gradientScalars == nil)
        SGD(learningRate: 0.1).step(model)
        #expect(first?.weight.scalars == before)
        #expect(first?.isFrozen == true && !model.isFrozen)
        #expect(model.parameterCount == 3)  // the second layer's 2 weights and 1 bias
    }
}
