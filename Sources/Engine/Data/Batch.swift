/// One mini-batch: a slice of a dataset's rows, ready for a forward pass.
public struct Batch {
    /// `[B, ...]` inputs.
    public let inputs: Tensor
    /// `B` class indices (empty for regression).
    public let labels: [Int]
    /// `[B, T]` regression targets, or `nil` for classification.
    public let targets: Tensor?

    /// The number of examples in the batch, `B`.
    public var count: Int { inputs.shape.first ?? 0 }

    /// Creates a batch; `labels` (or the rows of `targets`) must match the rows of `inputs`.
    public init(inputs: Tensor, labels: [Int], targets: Tensor? = nil) {
        precondition(!inputs.shape.isEmpty, "batch inputs need a first dimension that counts the examples")
        precondition(labels.isEmpty || labels.count == inputs.shape[0],
                     "\(inputs.shape[0]) inputs but \(labels.count) labels")
        precondition(targets.map { $0.shape.first == inputs.shape[0] } ?? true,
                     "\(inputs.shape[0]) inputs but \(targets?.shape.first ?? 0) targets")
        self.inputs = inputs
        self.labels = labels
        self.targets = targets
    }
}
