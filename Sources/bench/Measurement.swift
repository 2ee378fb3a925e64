import Foundation

/// What one implementation measured on one workload; the reference scripts write the same
/// fields as JSON.
struct WorkloadResult: Codable {
    /// The median seconds per epoch (or per step, for per-step workloads).
    let seconds: Double
    /// The training loss of every step, in order.
    let stepLosses: [Double]
    /// The mean loss on the validation set after the last epoch, if the workload has one.
    let validationLoss: Double?
}

/// The middle value (the mean of the two middle ones for an even count).
func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty, "the median of no values is undefined")
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}

/// The seconds `body` takes, on the monotonic clock.
func secondsTaken(by body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let (whole, fraction) = elapsed.components
    return Double(whole) + Double(fraction) * 1e-18
}
