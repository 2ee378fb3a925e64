import Foundation

extension History: CustomStringConvertible {
    /// A table of the epochs and a line on how training ended. Wall times are left out, so
    /// that printing a history gives the same text on every run.
    public var description: String {
        let header = ["epoch", "train loss", "train acc", "val loss", "val acc", "lr"]
        let rows = epochs.map { record in
            [String(record.epoch), format(record.trainingLoss), format(record.trainingAccuracy),
             format(record.validationLoss), format(record.validationAccuracy),
             format(record.learningRate)]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        let lines = ([header] + rows).map { row in
            row.indices.map { String(repeating: " ", count: widths[$0] - row[$0].count) + row[$0] }
                .joined(separator: "  ")
        }
        return (lines + [ending]).joined(separator: "\n")
    }

    private var ending: String {
        switch stopReason {
        case .completed: "completed \(stoppedEpoch) epochs; best epoch \(bestEpoch)"
        case .callback(let reason):
            "stopped after epoch \(stoppedEpoch): \(reason); best epoch \(bestEpoch)"
                + (restoredEpoch.map { ", parameters of epoch \($0) restored" } ?? "")
        case .nonFinite(let report): "stopped: \(report)"
        }
    }

    private func format(_ value: Double) -> String {
        value.isNaN ? "–" : String(format: "%.4g", value)
    }
}
