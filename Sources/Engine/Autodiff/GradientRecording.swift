/// Whether primitives record backward rules, scoped to a task (and, outside tasks, a thread)
/// rather than held in a global, so evaluation code can switch it off locally.
enum GradientRecording {
    @TaskLocal static var isEnabled = true
}

/// Runs `body` without recording any backward rule: the tensors it computes have no graph,
/// which makes evaluation faster and keeps it from touching gradients (PyTorch's `no_grad`).
public func withoutGradients<Result>(_ body: () throws -> Result) rethrows -> Result {
    try GradientRecording.$isEnabled.withValue(false, operation: body)
}

/// Whether primitives computed here record backward rules (false inside `withoutGradients`).
public var isRecordingGradients: Bool { GradientRecording.isEnabled }
