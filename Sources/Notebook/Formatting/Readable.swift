import Foundation

/// Formats a number for reading: in a sentence, a table cell or an axis tick.
///
/// The rules, by the size of `x`:
/// - `0` is "0", NaN is "NaN", ±infinity is "∞" / "−∞" (with a minus sign);
/// - |x| < 0.001 or |x| ≥ 1,000,000: scientific notation with 3 significant digits and a
///   short exponent: "2.5e-7", "1.23e8", "-4e-5";
/// - 100 ≤ |x| < 1,000,000: rounded to a whole number, with commas from 10,000 up:
///   "123", "1235", "12,346";
/// - otherwise 3 significant digits with trailing zeros trimmed: "0.25", "2.3", "0.0123", "96.4".
///
/// Outside scientific notation an exact tie rounds away from zero, as taught at school
/// (1234.5 is "1235"); the value rounded is the stored double, so 1.005, stored as
/// 1.00499999…, rounds down.
public func readable(_ x: Double) -> String {
    readable(x, digits: 3)
}

/// Formats a `Float` by the rules of `readable(_:)` for `Double`.
public func readable(_ x: Float) -> String {
    readable(Double(x), digits: 3)
}

/// Formats a whole number in full, with commas from 10,000 up: "1797", "12,345", "-1,000,000".
public func readable(_ x: Int) -> String {
    let digits = String(x.magnitude)
    return (x < 0 ? "-" : "") + grouped(Substring(digits))
}

/// Formats `x` by the rules of `readable(_:)`, with `digits` significant digits instead of 3.
///
/// Between 100 and 1,000,000 a number is never rounded above its units digit, so
/// `readable(123456, digits: 2)` is "123,456", while `readable(123.456, digits: 5)` is "123.46".
public func readable(_ x: Double, digits: Int) -> String {
    precondition((1...17).contains(digits),
                 "readable(_:digits:) shows between 1 and 17 significant digits, not \(digits)")
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "−∞" : "∞" }
    if x == 0 { return "0" }
    let magnitude = abs(x)
    if magnitude < 1e-3 || magnitude >= 1e6 {
        return scientific(x, digits: digits)
    }
    // Show `digits` significant digits: the last one sits `digits - 1` places below the first.
    let decimals = max(0, digits - 1 - decimalExponent(of: magnitude))
    if decimals == 0 && magnitude.rounded() >= 1e6 {
        return scientific(x, digits: digits)
    }
    return fixed(x, decimals: decimals, trimmingZeros: true)
}

/// Formats a `Float` by the rules of `readable(_:digits:)` for `Double`.
///
/// The float is widened to `Double` first; beyond about 7 digits its binary rounding shows.
public func readable(_ x: Float, digits: Int) -> String {
    readable(Double(x), digits: digits)
}

/// Formats a share as a percentage with `digits` decimals: `percent(0.9641)` is "96.4%",
/// `percent(0.5, digits: 0)` is "50%". Decimals are kept so that shares line up in a column.
public func percent(_ x: Double, digits: Int = 1) -> String {
    precondition((0...10).contains(digits), "percent(_:digits:) shows between 0 and 10 decimals, not \(digits)")
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "−∞%" : "∞%" }
    return fixed(x * 100, decimals: digits, trimmingZeros: false) + "%"
}

/// Formats a `Float` (or other floating-point) share by the rules of `percent(_:digits:)`
/// for `Double`.
public func percent<Share: BinaryFloatingPoint>(_ x: Share, digits: Int = 1) -> String {
    percent(Double(x), digits: digits)
}

/// The power of ten of the leading digit: 2 for 123.4, -3 for 0.0012.
func decimalExponent(of magnitude: Double) -> Int {
    var exponent = Int(log10(magnitude).rounded(.down))
    if pow(10, Double(exponent)) > magnitude {
        exponent -= 1
    } else if pow(10, Double(exponent + 1)) <= magnitude {
        exponent += 1
    }
    return exponent
}

/// "2.50e-07" from printf, reshaped to "2.5e-7".
private func scientific(_ x: Double, digits: Int) -> String {
    let printed = String(format: "%.\(digits - 1)e", x)
    guard let e = printed.firstIndex(of: "e") else { return printed }
    let mantissa = trimmingFractionZeros(printed[..<e])
    let exponent = Int(printed[printed.index(after: e)...]) ?? 0
    return "\(mantissa)e\(exponent)"
}

/// `x` with a fixed number of decimals and commas in a whole part of five or more digits.
private func fixed(_ x: Double, decimals: Int, trimmingZeros: Bool) -> String {
    var printed = Substring(roundedHalfAwayFromZero(abs(x), decimals: decimals))
    if trimmingZeros { printed = Substring(trimmingFractionZeros(printed)) }
    let point = printed.firstIndex(of: ".") ?? printed.endIndex
    let body = grouped(printed[..<point]) + printed[point...]
    // Rounding can turn a tiny negative share into "-0.0"; a sign on zero only misleads.
    let isZero = body.allSatisfy { $0 == "0" || $0 == "." }
    return (x < 0 && !isZero ? "-" : "") + body
}

/// A nonnegative `x` rounded to `decimals` places the way it is taught at school: a tie
/// goes up, so 2.5 becomes "3" and 0.125 to two places "0.13" (printf would give "2", "0.12").
///
/// printf prints a double's exact decimal expansion, and a double that is not exactly a tie
/// differs from one far beyond `2 × decimals + 40` places, so the digit after the last kept
/// one decides correctly.
private func roundedHalfAwayFromZero(_ x: Double, decimals: Int) -> String {
    let expanded = String(format: "%.\(2 * decimals + 40)f", x)
    let wholeCount = expanded.prefix { $0 != "." }.count
    var digits = expanded.compactMap(\.wholeNumberValue)
    let roundsUp = digits[wholeCount + decimals] >= 5
    digits = Array(digits.prefix(wholeCount + decimals))
    var carryAt = digits.count - 1
    while roundsUp {
        guard carryAt >= 0 else {
            digits.insert(1, at: 0)
            break
        }
        if digits[carryAt] < 9 {
            digits[carryAt] += 1
            break
        }
        digits[carryAt] = 0
        carryAt -= 1
    }
    let text = digits.map(String.init).joined()
    let pointAt = text.count - decimals
    let whole = text.prefix(pointAt)
    return (whole.isEmpty ? "0" : String(whole)) + (decimals > 0 ? "." + text.suffix(decimals) : "")
}

/// "2.500" -> "2.5", "3.000" -> "3"; text without a decimal point is left alone.
private func trimmingFractionZeros(_ text: Substring) -> String {
    guard text.contains(".") else { return String(text) }
    var result = text
    while result.last == "0" { result = result.dropLast() }
    if result.last == "." { result = result.dropLast() }
    return String(result)
}

/// Commas between groups of three digits when there are five digits or more: "12,345", "1797".
private func grouped(_ digits: Substring) -> String {
    guard digits.count >= 5 else { return String(digits) }
    var result = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return result
}
