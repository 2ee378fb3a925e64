import Engine
import Testing

/// Expects autodiff and finite differences to agree for `function` at `inputs`.
func expectGradientsMatch(
    _ inputs: [Tensor], checker: GradientChecker = GradientChecker(),
    sourceLocation: SourceLocation = #_sourceLocation, _ function: ([Tensor]) -> Tensor
) {
    let mismatches = checker.mismatches(inputs, function)
    #expect(mismatches.isEmpty, "\(mismatches.count) gradient mismatches, first: \(mismatches.prefix(3))",
            sourceLocation: sourceLocation)
}

/// The checker itself must be able to fail: a gradient that misses a factor has to be caught.
@Test func gradientCheckerCatchesAWrongRule() {
    let x = randomTensor([5], seed: 1)
    let checker = GradientChecker()
    let wrong = checker.mismatches([x]) { inputs in
        // x.detached() hides one factor from autodiff: the analytical gradient becomes x
        // instead of 2x, while finite differences still see x².
        inputs[0] * inputs[0].detached()
    }
    #expect(!wrong.isEmpty)
    let right = checker.mismatches([x]) { inputs in inputs[0] * inputs[0] }
    #expect(right.isEmpty)
}
