/// Agreement before speed: with the same weights, data, batch order and hyperparameters, the
/// engine's losses must match a reference implementation's; a fast engine that computes
/// something else does not count.
///
/// On a chaotic run (ReLU at learning rate 0.1) two float32 implementations can part ways
/// after a few dozen steps through rounding alone, when a unit's input sits within rounding
/// of 0 and flips sign in one of them. The numpy script therefore also runs the first steps
/// in float64; a step-loss gate then also holds when the engine follows the float64 run at
/// least as many steps as the reference does (its "horizon": the steps before it first
/// differs from float64 by more than the tolerance), so float32 is no worse in the engine, or
/// when it matches the numpy script's own float32 run at every step (two float32 runs that
/// leave float64 together, through the same rounding, with backward passes written apart).
struct Agreement {
    /// The steps whose training losses are compared.
    static let steps = 50
    /// The largest relative difference allowed at any of those steps.
    static let stepTolerance = 1e-3
    /// The largest relative difference allowed in the final validation loss.
    static let validationTolerance = 0.01

    /// The reference's name: "PyTorch".
    let reference: String
    let threads: Int
    /// Whether a difference fails the run (against PyTorch); against numpy, when PyTorch is
    /// missing, the differences are only reported.
    let gates: Bool
    private(set) var table: TextTable
    /// One line per gated comparison that failed (none when `gates` is false).
    var failures: [String] { gates ? differences : [] }
    /// One line per comparison over its tolerance.
    private var differences: [String] = []

    init(reference: String, threads: Int, gates: Bool) {
        self.reference = reference
        self.threads = threads
        self.gates = gates
        table = TextTable(header: [
            "workload", "steps 1–\(Self.steps): engine vs \(reference)", "engine vs float64", "gate",
            "validation loss: engine / \(reference)", "difference", "gate",
        ])
    }

    /// Compares one workload's results (and, if given, the float64 step losses) and records
    /// whether its gates hold.
    mutating func compare(_ workload: Workload, engine: WorkloadResult, reference result: WorkloadResult, exact: [Double]?,
                          float32: [Double]?) {
        var row = [workload.title]
        let count = min(Self.steps, engine.stepLosses.count)
        let againstReference = largestDifference(engine.stepLosses, result.stepLosses, count: count)
        let againstExact = exact.flatMap { largestDifference(engine.stepLosses, $0, count: count) }
        row.append(againstReference.map { "\(Format.scientific($0.difference)) at step \($0.step)" } ?? "\(result.stepLosses.count) steps only")
        row.append(againstExact.map { "\(Format.scientific($0.difference)) at step \($0.step)" } ?? "—")
        if !workload.gatesStepLosses {
            row.append("reported (dropout masks differ)")
        } else if let againstReference, againstReference.difference <= Self.stepTolerance {
            row.append("✓ ≤ 1e-3")
        } else if let exact, let engineHorizon = horizon(engine.stepLosses, exact, count: count),
                  let referenceHorizon = horizon(result.stepLosses, exact, count: count), engineHorizon >= referenceHorizon {
            row.append(engineHorizon > count
                ? "✓ \(reference) leaves float64 at step \(referenceHorizon)"
                : "✓ both leave float64: engine at step \(engineHorizon), \(reference) at \(referenceHorizon)")
        } else if let float32, let sameRun = largestDifference(engine.stepLosses, float32, count: count),
                  sameRun.difference <= Self.stepTolerance {
            row.append("✓ = numpy float32 (\(Format.scientific(sameRun.difference))); both leave float64")
        } else {
            row.append("✗ > 1e-3")
            let detail = againstReference.map { worst in
                "training loss at step \(worst.step) is \(engine.stepLosses[worst.step - 1]) in the engine, "
                    + "\(result.stepLosses[worst.step - 1]) in \(reference) (relative difference \(Format.scientific(worst.difference)), "
                    + "allowed 1e-3\(againstExact.map { "; against float64: \(Format.scientific($0.difference))" } ?? ""))"
            } ?? "\(reference) reported \(result.stepLosses.count) step losses, expected \(count)"
            differences.append("\(workload.title): \(detail)")
        }

        guard let engineLoss = engine.validationLoss, let referenceLoss = result.validationLoss else {
            table.rows.append(row + ["—", "", ""])
            return
        }
        let difference = relativeDifference(engineLoss, referenceLoss)
        row += ["\(Format.significant(engineLoss)) / \(Format.significant(referenceLoss))", Format.percent(difference)]
        if !workload.gatesValidationLoss {
            row.append(workload.dropout > 0 ? "reported (dropout)" : "reported (chaotic at lr 0.1)")
        } else if difference <= Self.validationTolerance {
            row.append("✓ ≤ 1%")
        } else {
            row.append("✗ > 1%")
            differences.append("\(workload.title): final validation loss \(engineLoss) in the engine, \(referenceLoss) in \(reference) "
                + "(relative difference \(Format.percent(difference)), allowed 1%)")
        }
        table.rows.append(row)
    }

    /// Records that a workload could not be compared because the reference has no result for it.
    mutating func missing(_ workload: Workload) {
        table.rows.append([workload.title, "no \(reference) result", "", "✗", "", "", ""])
        if workload.gatesStepLosses || workload.gatesValidationLoss {
            differences.append("\(workload.title): \(reference) produced no result to compare with")
        }
    }

    var rendered: String {
        "Agreement with \(reference) at \(threads) thread\(threads == 1 ? "" : "s") (same weights, data, batch order; "
            + "largest relative difference)\(gates ? "" : "; not gated, PyTorch is missing"):\n" + table.rendered
    }

    /// The largest relative difference over the first `count` values and its step (from 1),
    /// or `nil` when `reference` has fewer values; NaN counts as the largest.
    private func largestDifference(_ values: [Double], _ reference: [Double], count: Int) -> (step: Int, difference: Double)? {
        guard reference.count >= count, values.count >= count else { return nil }
        var worst = (step: 0, difference: 0.0)
        for index in 0..<count {
            let difference = relativeDifference(values[index], reference[index])
            if difference > worst.difference || (difference.isNaN && !worst.difference.isNaN) { worst = (index + 1, difference) }
        }
        return worst
    }

    /// The first step (from 1) at which `values` differ from `exact` by more than the step
    /// tolerance, or `count + 1` if none of the first `count` do; `nil` without enough values.
    private func horizon(_ values: [Double], _ exact: [Double], count: Int) -> Int? {
        guard values.count >= count, exact.count >= count else { return nil }
        return (0..<count).first { !(relativeDifference(values[$0], exact[$0]) <= Self.stepTolerance) }.map { $0 + 1 } ?? count + 1
    }

    private func relativeDifference(_ value: Double, _ reference: Double) -> Double {
        abs(value - reference) / max(abs(reference), 1e-12)
    }
}
