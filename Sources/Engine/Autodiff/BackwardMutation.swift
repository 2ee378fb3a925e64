/// A deliberate error in every backward rule, to prove that a gradient check can see one
/// (mutation testing): a check that still passes while each rule's contribution is off by
/// 0.1% is too loose to catch a wrong derivative of that size.
enum BackwardMutation {
    /// What each rule's contribution is multiplied by: 1, except inside `withBackwardRulesScaled`.
    @TaskLocal static var factor: Float = 1
}

/// Runs `body` with the contribution of every backward rule multiplied by `factor` (for
/// example 1.001), so that every gradient `backward()` computes in it is wrong by design.
/// Gradient checks use it to show that they fail on a rule that is off by that much.
public func withBackwardRulesScaled<Result>(by factor: Float, _ body: () throws -> Result) rethrows -> Result {
    try BackwardMutation.$factor.withValue(factor, operation: body)
}
