import Engine

extension History {
    /// The epochs as a table: training and validation loss and accuracy and the learning
    /// rate, one row per epoch (no wall times, so the same run always gives the same text).
    /// An unmeasured value (validation without a validation set, accuracy in regression) is "–".
    public var table: Table {
        Table(columns: [
            Table.Column("epoch", epochs.map(\.epoch)),
            Table.Column("train loss", epochs.map { measured($0.trainingLoss) }),
            Table.Column("train acc", epochs.map { measured($0.trainingAccuracy) }),
            Table.Column("val loss", epochs.map { measured($0.validationLoss) }),
            Table.Column("val acc", epochs.map { measured($0.validationAccuracy) }),
            Table.Column("lr", epochs.map { measured($0.learningRate) }),
        ])
    }

    /// How training ended: "completed 40 epochs; best epoch 31", "stopped after epoch 25: no
    /// improvement for 10 epochs (early stopping); best epoch 15, parameters of epoch 15 restored".
    public var ending: String {
        switch stopReason {
        case .completed: "completed \(stoppedEpoch) epochs; best epoch \(bestEpoch)"
        case .callback(let reason):
            "stopped after epoch \(stoppedEpoch): \(reason); best epoch \(bestEpoch)"
                + (restoredEpoch.map { ", parameters of epoch \($0) restored" } ?? "")
        case .nonFinite(let report): "stopped: \(report)"
        }
    }

    private func measured(_ value: Double) -> Table.Cell {
        value.isNaN ? Table.Cell("–", alignment: .right) : Table.Cell(value)
    }
}

extension History: CustomStringConvertible {
    /// The table of epochs, then the line on how training ended.
    public var description: String { table.text + "\n" + ending }
}
