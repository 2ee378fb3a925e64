/// Stops training when the validation loss has not improved for `patience` epochs, and (with
/// `restoreBest`) puts back the parameters of the best epoch.
///
/// An epoch improves when its validation loss is below the best so far by more than `minDelta`.
/// Without a validation set the training loss is watched instead (which rarely stops anything).
public final class EarlyStopping: Callback {
    /// Epochs without improvement tolerated before stopping.
    public let patience: Int
    /// The smallest decrease that counts as an improvement.
    public let minDelta: Double
    /// Whether the best epoch's parameters are restored at the end.
    public let restoreBest: Bool
    /// The epoch with the best monitored loss so far (0 before any).
    public private(set) var bestEpoch = 0
    private var bestLoss = Double.infinity
    private var bestState: ModelState?

    /// Early stopping with the given patience.
    public init(patience: Int, minDelta: Double = 0, restoreBest: Bool = true) {
        precondition(patience >= 1, "patience must be at least 1 epoch, got \(patience)")
        precondition(minDelta >= 0, "minDelta cannot be negative, got \(minDelta)")
        self.patience = patience
        self.minDelta = minDelta
        self.restoreBest = restoreBest
    }

    /// Forgets any earlier run, so the same callback can serve several.
    public func trainingBegan(_ context: TrainingContext) {
        (bestEpoch, bestLoss, bestState) = (0, .infinity, nil)
    }

    /// Notes an improvement (and snapshots the parameters), or stops once patience runs out.
    public func epochEnded(_ record: EpochRecord, context: TrainingContext) -> CallbackDecision {
        let loss = record.validationLoss.isNaN ? record.trainingLoss : record.validationLoss
        if loss < bestLoss - minDelta {
            (bestEpoch, bestLoss) = (record.epoch, loss)
            if restoreBest { bestState = ModelState(of: context.model) }
            return .proceed
        }
        guard record.epoch - bestEpoch >= patience else { return .proceed }
        return .stop(reason: "no improvement for \(patience) epochs (early stopping)")
    }

    /// Restores the best epoch's parameters and running statistics, if asked to.
    public func trainingEnded(_ context: TrainingContext, history: inout History) {
        guard restoreBest, let bestState, bestEpoch != history.stoppedEpoch else { return }
        bestState.restore(into: context.model)
        history.restoredEpoch = bestEpoch
    }
}
