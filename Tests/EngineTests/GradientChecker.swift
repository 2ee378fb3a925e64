import Engine

/// Checks a function's automatic-differentiation gradients against finite differences.
///
/// The function's output y is reduced to a scalar L = Σᵢ wᵢ·yᵢ with fixed random weights w
/// (so every output element matters and errors cannot cancel), accumulated in Double. For
/// every input value x the numerical derivative is the five-point central difference
///
///     L′(x) ≈ (L(x − 2h) − 8·L(x − h) + 8·L(x + h) − L(x + 2h)) / 12h,
///
/// whose truncation error is h⁴·L⁽⁵⁾/30 rather than the h²·L‴/6 of (L(x + h) − L(x − h))/2h;
/// the analytical derivative is what `backward(seed: w)` puts in the input's gradient.
///
/// The engine computes in Float32, so L carries a rounding error of about 6·10⁻⁸·Σ|wᵢyᵢ| that
/// the difference divides by h. A higher-order stencil lets h be large (the default 2⁻⁵,
/// a power of two so that x ± h is exact for most x) while the truncation stays small: both
/// errors then sit near 10⁻⁶ of the derivative, and the two gradients must agree to a
/// relative 10⁻⁴. A component agrees when
///
///     |analytical − numerical| ≤ 10⁻⁴·max(|analytical|, |numerical|) + 10⁻⁵·(largest |numerical| of that input),
///
/// the second term a floor for components far smaller than their tensor's largest, where the
/// rounding of the large ones dominates. A rule that is off by 0.1% fails at its largest
/// component (see `mismatchesWithMutatedRules`). Functions with kinks (ReLU, max) need inputs
/// at least 2h away from them, or a smaller step.
struct GradientChecker {
    var step: Double = 0x1p-5
    var relativeTolerance: Double = 1e-4
    var floorTolerance: Double = 1e-5

    /// One disagreement between the two gradients.
    struct Mismatch: CustomStringConvertible {
        let input: Int
        let index: Int
        let analytical: Double
        let numerical: Double
        var description: String { "input \(input)[\(index)]: autodiff \(analytical), finite differences \(numerical)" }
    }

    /// The mismatches for `function` at `inputs` (empty when every gradient agrees).
    /// `function` must compute the same thing every time it is called with the same values.
    func mismatches(_ inputs: [Tensor], _ function: ([Tensor]) -> Tensor) -> [Mismatch] {
        let weights = outputWeights(inputs, function)
        return compare(analytical(inputs, weights, function), numerical(inputs, weights, function))
    }

    /// The mismatches with every backward rule made 0.1% wrong (`withBackwardRulesScaled`),
    /// against the same finite differences: a check that finds none here is too loose.
    func mismatchesWithMutatedRules(_ inputs: [Tensor], _ function: ([Tensor]) -> Tensor) -> [Mismatch] {
        let weights = outputWeights(inputs, function)
        let wrong = withBackwardRulesScaled(by: 1.001) { analytical(inputs, weights, function) }
        return compare(wrong, numerical(inputs, weights, function))
    }

    /// Fixed random weights wᵢ in [−1, 1), one per output value.
    private func outputWeights(_ inputs: [Tensor], _ function: ([Tensor]) -> Tensor) -> [Float] {
        var generator = SeededGenerator(seed: 99)
        return (0..<function(inputs).count).map { _ in generator.nextFloat(in: -1..<1) }
    }

    /// ∂L/∂input for every input, from one backward pass.
    private func analytical(_ inputs: [Tensor], _ weights: [Float], _ function: ([Tensor]) -> Tensor) -> [[Double]] {
        for input in inputs {
            input.requiresGradient = true
            input.zeroGradient()  // an input may carry a gradient from an earlier check
        }
        function(inputs).backward(seed: weights)
        return inputs.map { input in (input.gradientScalars ?? [Float](repeating: 0, count: input.count)).map(Double.init) }
    }

    /// ∂L/∂input for every input, by the five-point stencil.
    private func numerical(_ inputs: [Tensor], _ weights: [Float], _ function: ([Tensor]) -> Tensor) -> [[Double]] {
        func weightedSum() -> Double {
            zip(function(inputs).scalars, weights).reduce(0) { $0 + Double($1.0) * Double($1.1) }
        }
        return inputs.map { input in
            (0..<input.count).map { index in
                let original = input.scalars[index]
                func loss(at offset: Double) -> Double {
                    input.scalars[index] = original + Float(offset * step)
                    return weightedSum()
                }
                let derivative = (loss(at: -2) - 8 * loss(at: -1) + 8 * loss(at: 1) - loss(at: 2)) / (12 * step)
                input.scalars[index] = original
                return derivative
            }
        }
    }

    private func compare(_ analytical: [[Double]], _ numerical: [[Double]]) -> [Mismatch] {
        var found: [Mismatch] = []
        for (inputIndex, (exact, estimated)) in zip(analytical, numerical).enumerated() {
            let floor = floorTolerance * (estimated.map(abs).max() ?? 0)
            for (index, (a, n)) in zip(exact, estimated).enumerated()
            where abs(a - n) > floor + relativeTolerance * max(abs(a), abs(n)) {
                found.append(Mismatch(input: inputIndex, index: index, analytical: a, numerical: n))
            }
        }
        return found
    }
}

/// Random values in `range` with a given shape, for gradient checks.
func randomTensor(_ shape: [Int], in range: Range<Float> = -1..<1, seed: UInt64) -> Tensor {
    var generator = SeededGenerator(seed: seed)
    return Tensor(randomUniform: shape, in: range, generator: &generator)
}

/// Random values whose magnitudes lie in `magnitudes` with random signs: inputs kept away from
/// the kink at 0 of ReLU-like functions, so finite differences never straddle it.
func awayFromZero(_ shape: [Int], magnitudes: Range<Float> = 0.2..<1.5, seed: UInt64) -> Tensor {
    var generator = SeededGenerator(seed: seed)
    let values = (0..<shape.reduce(1, *)).map { _ in
        generator.nextFloat(in: magnitudes) * (generator.nextUnitFloat() < 0.5 ? -1 : 1)
    }
    return Tensor(shape: shape, scalars: values)
}
