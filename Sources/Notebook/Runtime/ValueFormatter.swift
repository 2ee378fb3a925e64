/// Formats a computed value for a sentence: numbers through `readable`, collections
/// element by element, anything else by its description.
enum ValueFormatter {
    static func format(_ value: Any) -> String {
        switch value {
        case let number as Double: readable(number)
        case let number as Float: readable(number)
        case let number as Int: readable(number)
        case let text as String: text
        case let text as Substring: String(text)
        case let flag as Bool: flag ? "yes" : "no"
        case let number as any BinaryInteger: readable(Int(truncatingIfNeeded: number))
        case let number as any BinaryFloatingPoint: readable(Double(number))
        case let array as [Any]: "[" + array.map(format).joined(separator: ", ") + "]"
        default: String(describing: value)
        }
    }

    /// The value as a number, when it is one.
    static func number(_ value: Any) -> Double? {
        switch value {
        case let number as any BinaryInteger: Double(number)
        case let number as any BinaryFloatingPoint: Double(number)
        default: nil
        }
    }
}
