import Foundation

/// How values map to distances along an axis.
public enum AxisScale: String, Sendable, Hashable, Codable {
    /// Equal differences take equal room.
    case linear
    /// Equal ratios take equal room: every power of ten is as wide as the next, so values
    /// from 1e-9 to 0.1 can be compared at a glance. Only positive values have a place on it.
    case log
}

/// A value on an axis with its printed label.
struct Tick: Equatable {
    let value: Double
    let label: String
}

/// A range of values mapped onto the unit interval, with round tick values
/// (1, 2 or 5 times a power of ten).
struct Axis {
    let lower: Double
    let upper: Double
    let scale: AxisScale

    /// An axis over `lower...upper`, widened around the value when the range is a single
    /// point (a constant series still needs an axis to sit on).
    init(lower: Double, upper: Double, scale: AxisScale) {
        switch scale {
        case .linear where upper - lower <= abs(lower) * 1e-12:
            let pad = lower == 0 ? 1 : abs(lower) / 10
            (self.lower, self.upper) = (lower - pad, upper + pad)
        case .log where upper / lower <= 1 + 1e-12:
            (self.lower, self.upper) = (lower / 2, upper * 2)
        default:
            (self.lower, self.upper) = (lower, upper)
        }
        self.scale = scale
    }

    /// The axis spanning the values that have a place on `scale`, or nil when none has.
    init?(fitting values: [Double], scale: AxisScale) {
        let placeable = values.filter { Axis.hasPlace($0, on: scale) }
        guard let low = placeable.min(), let high = placeable.max() else { return nil }
        self.init(lower: low, upper: high, scale: scale)
    }

    /// Whether `value` can be drawn on `scale` at all: finite, and positive on a log scale.
    static func hasPlace(_ value: Double, on scale: AxisScale) -> Bool {
        value.isFinite && (scale == .linear || value > 0)
    }

    /// Where `value` sits, 0 at `lower` and 1 at `upper` (outside 0...1 when out of range);
    /// nil when it has no place on the scale.
    func fraction(of value: Double) -> Double? {
        guard Axis.hasPlace(value, on: scale) else { return nil }
        switch scale {
        case .linear: return (value - lower) / (upper - lower)
        case .log: return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// Whether `value` lies within the axis range (with a little slack for rounding).
    func contains(_ value: Double) -> Bool {
        guard let fraction = fraction(of: value) else { return false }
        return fraction >= -1e-9 && fraction <= 1 + 1e-9
    }

    /// Round values inside the range, about `count` of them (at least two when the scale allows).
    ///
    /// Linear: multiples of a step of 1, 2 or 5 × 10^k. Log: powers of ten (every second,
    /// third, fifth… one when there are many); a range of fewer than three powers of ten
    /// gets 1, 2 and 5 × 10^k.
    func ticks(approximately count: Int) -> [Tick] {
        switch scale {
        case .linear: return linearTicks(approximately: max(count, 2))
        case .log: return logTicks(approximately: max(count, 2))
        }
    }

    private func linearTicks(approximately count: Int) -> [Tick] {
        var step = Axis.niceStep(atLeast: (upper - lower) / Double(count))
        while true {
            let first = (lower / step - 1e-9).rounded(.up)
            let last = (upper / step + 1e-9).rounded(.down)
            // A range just short of two round values (0.003…0.997 with step 0.5) takes a finer step.
            if last > first || step < (upper - lower) * 1e-6 {
                return stride(from: first, through: last, by: 1).map { multiple in
                    Tick(value: multiple * step, label: Axis.label(multiple * step, onGridOf: step))
                }
            }
            // Neighbours on the 1-2-5 ladder are 2 or 2.5 apart, so this is the next finer step.
            step = Axis.niceStep(atLeast: step * 0.39)
        }
    }

    private func logTicks(approximately count: Int) -> [Tick] {
        let lowest = Int((log10(lower) - 1e-9).rounded(.up))
        let highest = Int((log10(upper) + 1e-9).rounded(.down))
        let decades = lowest <= highest ? Array(lowest...highest) : []
        if decades.count >= 3 {
            // Every n-th power of ten, on multiples of n so the ticks stay regular (1e-8, 1e-6, …).
            let every = [1, 2, 3, 5, 10, 20].first { (decades.count + $0 - 1) / $0 <= count + 1 } ?? decades.count
            let kept = decades.filter { $0 % every == 0 }
            return (kept.count >= 2 ? kept : [lowest, highest]).map { power in
                Tick(value: pow(10, Double(power)), label: readable(pow(10, Double(power))))
            }
        }
        let powers = Int(log10(lower).rounded(.down))...Int(log10(upper).rounded(.up))
        let oneTwoFive = powers.flatMap { power in
            [1.0, 2, 5].map { $0 * pow(10, Double(power)) }
        }.filter(contains)
        if (2...count + 3).contains(oneTwoFive.count) || (decades.count < 2 && oneTwoFive.count >= 2) {
            return oneTwoFive.map { Tick(value: $0, label: readable($0)) }
        }
        if decades.count == 2 {
            return decades.map { Tick(value: pow(10, Double($0)), label: readable(pow(10, Double($0)))) }
        }
        return Axis(lower: lower, upper: upper, scale: .linear).linearTicks(approximately: count)
    }

    /// The smallest of 1, 2, 5 × 10^k that is at least `minimum` (a positive, finite step).
    static func niceStep(atLeast minimum: Double) -> Double {
        let power = pow(10, Double(decimalExponent(of: minimum)))
        let mantissa = [1.0, 2, 5, 10].first { $0 * power >= minimum * (1 - 1e-9) } ?? 10
        return mantissa * power
    }

    /// The label of `value` on a grid of `step`: as many digits as the step needs to tell
    /// neighbours apart ("100.5" next to "101"), and no more ("0.3", not "0.30000000000000004").
    static func label(_ value: Double, onGridOf step: Double) -> String {
        if abs(value) < step * 1e-6 { return "0" }
        // The step's last nonzero digit is 10^-places: 0.25 needs 2 places, 20,000 needs -4;
        // an uneven step (2/7) is shown to 3 significant digits.
        var places = -decimalExponent(of: step)
        let most = places + 2
        while places < most {
            let scaled = step * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 * scaled { break }
            places += 1
        }
        let digits = decimalExponent(of: abs(value)) + 1 + places
        return readable(value, digits: min(max(digits, 1), 17))
    }
}
