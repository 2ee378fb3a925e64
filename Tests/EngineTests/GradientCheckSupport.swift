import Engine
import Testing

/// Expects autodiff and finite differences to agree for `function` at `inputs` to a relative
/// 10⁻⁴, and expects the same check to fail once every backward rule is scaled by 1.001: the
/// mutation test that shows each check is tight enough to catch a rule 0.1% off.
func expectGradientsMatch(
    _ inputs: [Tensor], checker: GradientChecker = GradientChecker(),
    sourceLocation: SourceLocation = #_sourceLocation, _ function: ([Tensor]) -> Tensor
) {
    let mismatches = checker.mismatches(inputs, function)
    #expect(mismatches.isEmpty, "\(mismatches.count) gradient mismatches, first: \(mismatches.prefix(3))",
            sourceLocation: sourceLocation)
    let caught = checker.mismatchesWithMutatedRules(inputs, function)
    #expect(!caught.isEmpty, "backward rules scaled by 1.001 still pass this check", sourceLocation: sourceLocation)
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

/// Scaling the rules is what the mutation test relies on: it must change every gradient by
/// the factor along a one-rule path, and leave gradients alone outside its scope.
@Test func scaledBackwardRulesScaleTheGradientOnlyInsideTheirScope() {
    let x = Tensor([1, 2, 3], requiresGradient: true)
    withBackwardRulesScaled(by: 2) { (x * 3).sum().backward() }
    // Three rules (the scaling, sum()'s reshape, the sum itself), each doubled: 3·2³.
    #expect(x.gradientScalars == [24, 24, 24])
    x.zeroGradient()
    (x * 3).sum().backward()
    #expect(x.gradientScalars == [3, 3, 3])
}
