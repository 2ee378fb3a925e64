/// Code that `fit` calls at fixed points of training, to watch it or to stop it.
///
/// Every method has a default that does nothing, so a callback implements only what it needs.
public protocol Callback: AnyObject {
    /// Before the first epoch.
    func trainingBegan(_ context: TrainingContext)
    /// After each backward pass, with the gradients in place (before clipping and the step).
    func afterBackward(_ context: TrainingContext)
    /// After each optimizer step (before gradients are zeroed).
    func afterStep(_ context: TrainingContext)
    /// After each epoch's evaluation; returning `.stop` ends training.
    func epochEnded(_ record: EpochRecord, context: TrainingContext) -> CallbackDecision
    /// After the last epoch (or a stop); may change the model and note it in `history`.
    func trainingEnded(_ context: TrainingContext, history: inout History)
}

extension Callback {
    /// Does nothing.
    public func trainingBegan(_ context: TrainingContext) {}
    /// Does nothing.
    public func afterBackward(_ context: TrainingContext) {}
    /// Does nothing.
    public func afterStep(_ context: TrainingContext) {}
    /// Continues.
    public func epochEnded(_ record: EpochRecord, context: TrainingContext) -> CallbackDecision { .proceed }
    /// Does nothing.
    public func trainingEnded(_ context: TrainingContext, history: inout History) {}
}

/// What a callback wants after an epoch.
public enum CallbackDecision: Sendable, Equatable {
    /// Go on training.
    case proceed
    /// Stop, for the reason given (shown in the history).
    case stop(reason: String)
}

/// What a callback can see: the model, the optimizer and where training is.
public struct TrainingContext {
    /// The model being trained.
    public let model: any Layer
    /// The optimizer updating it.
    public let optimizer: any Optimizer
    /// The current epoch, 1-based.
    public let epoch: Int
    /// The number of steps taken so far (the current step, 1-based, inside a step).
    public let step: Int
    /// The current batch's loss (NaN outside a step).
    public let loss: Double
    /// The history so far.
    public let history: History

    /// A context with the given values.
    public init(model: any Layer, optimizer: any Optimizer, epoch: Int, step: Int, loss: Double, history: History) {
        self.model = model
        self.optimizer = optimizer
        self.epoch = epoch
        self.step = step
        self.loss = loss
        self.history = history
    }
}
