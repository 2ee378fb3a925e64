import Engine

/// Checks a function's automatic-differentiation gradients against central finite differences.
///
/// The function's output y is reduced to a scalar L = Σᵢ wᵢ·yᵢ with fixed random weights w
/// (so every output element matters and errors cannot cancel), accumulated in Double. For
/// every input value x the numerical derivative is (L(x + h) − L(x − h)) / 2h, again in
/// Double; the analytical one is what `backward(seed: w)` puts in the input's gradient.
/// They agree when |analytical − numerical| ≤ absoluteTolerance + relativeTolerance·max(|a|, |n|).
///
/// The engine computes in Float32, so h cannot be tiny: the default h = 10⁻² keeps the
/// rounding error (≈ 6·10⁻⁸·|L|/h) and the truncation error (≈ h²·|L‴|/6) both near 10⁻⁵,
/// far below the tolerances, while a wrong rule (a missing factor, a wrong sign, a missed
/// broadcast) is off by far more.
struct GradientChecker {
    var step: Double = 1e-2
    var relativeTolerance: Double = 1e-2
    var absoluteTolerance: Double = 1e-3

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
        for input in inputs {
            input.requiresGradient = true
            input.zeroGradient()  // an input may carry a gradient from an earlier check
        }
        let output = function(inputs)
        var generator = SeededGenerator(seed: 99)
        let weights = (0..<output.count).map { _ in generator.nextFloat(in: -1..<1) }
        output.backward(seed: weights)
        let analytical = inputs.map { $0.gradientScalars ?? [Float](repeating: 0, count: $0.count) }

        func loss() -> Double {
            let y = function(inputs).scalars
            return zip(y, weights).reduce(0) { $0 + Double($1.0) * Double($1.1) }
        }
        var found: [Mismatch] = []
        for (inputIndex, input) in inputs.enumerated() {
            for index in 0..<input.count {
                let original = input.scalars[index]
                input.scalars[index] = original + Float(step)
                let up = loss()
                input.scalars[index] = original - Float(step)
                let down = loss()
                input.scalars[index] = original
                // The perturbation actually applied in Float, not the nominal one.
                let applied = Double(original + Float(step)) - Double(original - Float(step))
                let numerical = (up - down) / applied
                let exact = Double(analytical[inputIndex][index])
                if abs(exact - numerical) > absoluteTolerance + relativeTolerance * max(abs(exact), abs(numerical)) {
                    found.append(Mismatch(input: inputIndex, index: index, analytical: exact, numerical: numerical))
                }
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
