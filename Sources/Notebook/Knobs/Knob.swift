/// A setting a learner may change, as a run declared it: its name, what values it takes,
/// its default, the value the run used, and where in the lesson it stands.
///
/// A lesson declares a knob with `knob(_:_:in:_:)` and its siblings; the run record lists
/// every knob the run reached, so `course knobs` can list them, `course run --set` can check
/// a setting before running, and the page can show each knob in its cell.
public struct Knob: Codable, Sendable, Equatable {
    /// What values a knob takes.
    public enum Kind: Codable, Sendable, Equatable {
        /// A number in `lower…upper`.
        case number(lower: Double, upper: Double)
        /// A whole number in `lower…upper`.
        case integer(lower: Int, upper: Int)
        /// `true` or `false`.
        case boolean
        /// One of these names.
        case choice([String])
    }

    /// The name a learner sets it by (`noise` in `--set noise=0`).
    public var name: String
    /// What values it takes.
    public var kind: Kind
    /// The default, as text a learner could type (`0.3`, `true`, `relu`).
    public var defaultValue: String
    /// The value this run used, in the same form.
    public var value: String
    /// What the knob sets, in words.
    public var help: String
    /// The cell that declared it, or `nil` outside cells.
    public var cell: Int?
    /// The Markdown line of the declaration.
    public var line: Int

    /// A knob as declared, with the value the run used.
    public init(name: String, kind: Kind, defaultValue: String, value: String, help: String, cell: Int?, line: Int) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.value = value
        self.help = help
        self.cell = cell
        self.line = line
    }

    /// Whether the run used another value than the default.
    public var isTurned: Bool { value != defaultValue }

    /// Whether `name` can name a knob: a letter, then letters, digits, `-` and `_`, so that
    /// `--set name=value` reads unambiguously in a shell.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}

extension Knob.Kind {
    /// What the kind accepts, in words: "a number in 0…0.9", "a whole number in 1…20",
    /// "true or false", "one of sigmoid, tanh, relu".
    public var summary: String {
        switch self {
        case .number(let lower, let upper): "a number in \(KnobValue.number(lower).text)…\(KnobValue.number(upper).text)"
        case .integer(let lower, let upper): "a whole number in \(lower)…\(upper)"
        case .boolean: "true or false"
        case .choice(let names): "one of " + names.joined(separator: ", ")
        }
    }
}

extension Knob {
    /// A value other than the one in use, for an example of turning the knob: an end of a
    /// range (the lower one, or the upper when the value is the lower), the other truth
    /// value, the first other choice.
    public var otherValue: String {
        switch kind {
        case .number(let lower, let upper):
            KnobValue.number(value == KnobValue.number(lower).text ? upper : lower).text
        case .integer(let lower, let upper):
            String(value == String(lower) ? upper : lower)
        case .boolean:
            value == "true" ? "false" : "true"
        case .choice(let names):
            names.first { $0 != value } ?? value
        }
    }
}
