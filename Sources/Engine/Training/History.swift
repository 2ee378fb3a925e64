/// What one epoch of training measured (epochs count from 1).
///
/// Accuracies are NaN for regression (mean squared error), validation values are NaN when
/// training had no validation set.
public struct EpochRecord: Sendable, Equatable {
    /// The epoch, 1-based.
    public var epoch: Int
    /// The mean loss over the epoch's training batches (measured during training, in training mode).
    public var trainingLoss: Double
    /// The share of training examples classified correctly during the epoch.
    public var trainingAccuracy: Double
    /// The loss on the validation set after the epoch (evaluation mode).
    public var validationLoss: Double
    /// The share of validation examples classified correctly after the epoch.
    public var validationAccuracy: Double
    /// The learning rate of the epoch's last step.
    public var learningRate: Double
    /// Wall-clock seconds the epoch took, evaluation included.
    public var seconds: Double

    /// A record of the given values.
    public init(epoch: Int, trainingLoss: Double, trainingAccuracy: Double, validationLoss: Double,
                validationAccuracy: Double, learningRate: Double, seconds: Double) {
        self.epoch = epoch
        self.trainingLoss = trainingLoss
        self.trainingAccuracy = trainingAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.learningRate = learningRate
        self.seconds = seconds
    }
}

/// Why training ended.
public enum StopReason: Sendable, Equatable {
    /// All requested epochs ran.
    case completed
    /// A callback (such as `EarlyStopping`) asked to stop, for the reason given.
    case callback(String)
    /// A loss, activation, gradient or parameter became NaN or infinite.
    case nonFinite(NonFiniteReport)
}

/// The record of a training run: one `EpochRecord` per epoch, plus per-step losses and
/// gradient norms for plots, and how the run ended.
public struct History: Sendable {
    /// One record per epoch that ran.
    public var epochs: [EpochRecord] = []
    /// The loss of every training batch, in order (the jagged curve of a run).
    public var stepLosses: [Double] = []
    /// The global gradient norm of every step, before clipping.
    public var stepGradientNorms: [Double] = []
    /// Why training ended.
    public var stopReason: StopReason = .completed
    /// The epoch whose parameters the model holds at the end, if a callback restored an
    /// earlier epoch (early stopping with `restoreBest`).
    public var restoredEpoch: Int?

    /// Creates an empty history.
    public init() {}

    /// Whether validation values were measured.
    public var hasValidation: Bool { epochs.contains { !$0.validationLoss.isNaN } }

    /// The epoch (1-based) with the lowest validation loss, or the lowest training loss when
    /// there was no validation set; 0 before any epoch.
    public var bestEpoch: Int {
        let monitored: (EpochRecord) -> Double = hasValidation ? { $0.validationLoss } : { $0.trainingLoss }
        return epochs.filter { !monitored($0).isNaN }.min { monitored($0) < monitored($1) }?.epoch ?? 0
    }

    /// The last epoch that ran (1-based; 0 if none did).
    public var stoppedEpoch: Int { epochs.last?.epoch ?? 0 }

    /// Whether training ended before its last epoch (a callback stopped it, or a NaN did).
    public var stoppedEarly: Bool { stopReason != .completed }

    /// The report of the NaN or infinity that stopped training, if one did.
    public var nonFinite: NonFiniteReport? {
        if case .nonFinite(let report) = stopReason { return report }
        return nil
    }

    /// Training loss per epoch.
    public var trainingLosses: [Double] { epochs.map(\.trainingLoss) }
    /// Validation loss per epoch.
    public var validationLosses: [Double] { epochs.map(\.validationLoss) }
    /// Training accuracy per epoch.
    public var trainingAccuracies: [Double] { epochs.map(\.trainingAccuracy) }
    /// Validation accuracy per epoch.
    public var validationAccuracies: [Double] { epochs.map(\.validationAccuracy) }
    /// The record of the best epoch (see `bestEpoch`).
    public var best: EpochRecord? { epochs.first { $0.epoch == bestEpoch } }
}
