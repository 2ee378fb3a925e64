import Foundation

/// What one implementation measured on one workload in one timed run; the reference scripts
/// write the same fields as JSON.
struct WorkloadResult: Codable {
    /// The seconds per epoch (or the median seconds per step, for per-step workloads).
    let seconds: Double
    /// The training loss of every step, in order.
    let stepLosses: [Double]
    /// The mean loss on the validation set after the last epoch, if the workload has one.
    let validationLoss: Double?
}

/// Repeated measurements of one time: the bench reports their minimum, median and maximum, so
/// a reader sees how much the shared machine moved them.
struct Samples: Codable {
    private(set) var values: [Double] = []

    mutating func append(_ value: Double) { values.append(value) }

    var minimum: Double { values.min() ?? .nan }
    var maximum: Double { values.max() ?? .nan }

    /// The middle value (the mean of the two middle ones for an even count).
    var median: Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}

/// One implementation's results on one workload over all rounds: the times of every round,
/// and the losses of the last one (every round trains from the same weights on the same batches).
struct WorkloadSamples: Codable {
    var seconds = Samples()
    var last: WorkloadResult?

    mutating func add(_ result: WorkloadResult) {
        seconds.append(result.seconds)
        last = result
    }
}

/// The seconds `body` takes, on the monotonic clock.
func secondsTaken(by body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let (whole, fraction) = elapsed.components
    return Double(whole) + Double(fraction) * 1e-18
}
