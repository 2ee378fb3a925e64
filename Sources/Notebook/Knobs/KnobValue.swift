import Foundation

/// A knob's value, read from what a learner typed and checked against the knob's kind.
public enum KnobValue: Sendable, Equatable {
    /// A finite number.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// `true` or `false`.
    case boolean(Bool)
    /// One of a choice's names.
    case choice(String)

    /// The value as a learner would type it: `0.3`, `5`, `true`, `relu`. Whole numbers of a
    /// number knob lose their `.0`; other numbers keep every digit they need to read back.
    public var text: String {
        switch self {
        case .number(let x): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        case .integer(let n): String(n)
        case .boolean(let flag): flag ? "true" : "false"
        case .choice(let name): name
        }
    }

    /// Reads `text` as a value of a knob called `name` of `kind`: the value, or an error that
    /// says what the knob takes.
    public static func parse(_ text: String, forKnob name: String, of kind: Knob.Kind) throws(KnobValueError) -> KnobValue {
        let typed = text.trimmingCharacters(in: .whitespaces)
        func refuse(_ reason: String) -> KnobValueError {
            KnobValueError(message: "\(name) takes \(kind.summary); \(reason)")
        }
        switch kind {
        case .number(let lower, let upper):
            guard let x = Double(typed), x.isFinite else { throw refuse("“\(text)” is not a number") }
            guard (lower...upper).contains(x) else { throw refuse("\(typed) is out of range") }
            return .number(x)
        case .integer(let lower, let upper):
            guard let n = Int(typed) else { throw refuse("“\(text)” is not a whole number") }
            guard (lower...upper).contains(n) else { throw refuse("\(typed) is out of range") }
            return .integer(n)
        case .boolean:
            switch typed.lowercased() {
            case "true", "yes": return .boolean(true)
            case "false", "no": return .boolean(false)
            default: throw refuse("“\(text)” is neither")
            }
        case .choice(let names):
            guard names.contains(typed) else { throw refuse("“\(text)” is not one of them") }
            return .choice(typed)
        }
    }
}

/// A value a knob does not take; the message names what it does take.
public struct KnobValueError: Error, CustomStringConvertible {
    /// "noise takes a number in 0…0.9; 2 is out of range".
    public let message: String
    /// The message.
    public var description: String { message }
}

