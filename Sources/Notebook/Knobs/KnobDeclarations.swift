import Foundation

/// Declares a knob: a number a learner may set between `range`'s bounds, `defaultValue`
/// unless they do. `help` says what it sets.
///
///     let noise = knob("noise", 0.3, in: 0...0.9, "share of training labels replaced")
///
/// `course run N --set noise=0` runs the lesson with 0 instead; `course knobs N` lists the
/// lesson's knobs, and the page shows each one in its cell with the command that turns it.
/// Write the default with a decimal point (`1.0`), or the whole-number knob is declared.
public func knob(
    _ name: String, _ defaultValue: Double, in range: ClosedRange<Double>, _ help: String, line: Int = #line
) -> Double {
    precondition(range.lowerBound.isFinite && range.upperBound.isFinite,
                 "knob “\(name)” needs a finite range, not \(range)")
    let value = declareKnob(name, .number(lower: range.lowerBound, upper: range.upperBound),
                            default: .number(defaultValue), help, line: line)
    guard case .number(let x) = value else { return defaultValue }
    return x
}

/// Declares a knob: a whole number a learner may set between `range`'s bounds,
/// `defaultValue` unless they do.
///
///     let layers = knob("layers", 10, in: 1...20, "hidden layers in the network")
public func knob(
    _ name: String, _ defaultValue: Int, in range: ClosedRange<Int>, _ help: String, line: Int = #line
) -> Int {
    let value = declareKnob(name, .integer(lower: range.lowerBound, upper: range.upperBound),
                            default: .integer(defaultValue), help, line: line)
    guard case .integer(let n) = value else { return defaultValue }
    return n
}

/// Declares a knob a learner may switch on or off (`--set name=false`).
///
///     let restoreBest = knob("restore-best", true, "put back the best epoch's weights")
public func knob(_ name: String, _ defaultValue: Bool, _ help: String, line: Int = #line) -> Bool {
    let value = declareKnob(name, .boolean, default: .boolean(defaultValue), help, line: line)
    guard case .boolean(let flag) = value else { return defaultValue }
    return flag
}

/// Declares a knob a learner may set to one of `names`; `defaultChoice` unless they do.
///
///     let optimizer = knob("optimizer", "adam", among: ["sgd", "adam"], "how the weights move")
public func knob(
    _ name: String, _ defaultChoice: String, among names: [String], _ help: String, line: Int = #line
) -> String {
    checkChoices(names, of: name)
    let value = declareKnob(name, .choice(names), default: .choice(defaultChoice), help, line: line)
    guard case .choice(let chosen) = value else { return defaultChoice }
    return chosen
}

/// Declares a knob a learner may set to one of the named values in `choices`; the value
/// named `defaultChoice` unless they do.
///
///     let activation = knob("activation", "sigmoid",
///                           among: ["sigmoid": Activation.sigmoid, "tanh": .tanh, "relu": .relu],
///                           "the hidden layers' activation")
public func knob<Value>(
    _ name: String, _ defaultChoice: String, among choices: KeyValuePairs<String, Value>, _ help: String,
    line: Int = #line
) -> Value {
    let names = choices.map(\.key)
    checkChoices(names, of: name)
    let value = declareKnob(name, .choice(names), default: .choice(defaultChoice), help, line: line)
    let chosen = if case .choice(let chosen) = value { chosen } else { defaultChoice }
    guard let match = choices.first(where: { $0.key == chosen }) else {
        preconditionFailure("knob “\(name)”: its default “\(defaultChoice)” is not one of \(names.joined(separator: ", "))")
    }
    return match.value
}

private func checkChoices(_ names: [String], of knob: String) {
    precondition(names.count >= 2, "knob “\(knob)” needs at least two choices, not \(names.count)")
    precondition(Set(names).count == names.count, "knob “\(knob)” names a choice twice: \(names.joined(separator: ", "))")
    precondition(names.allSatisfy { !$0.isEmpty && $0.trimmingCharacters(in: .whitespaces) == $0 },
                 "knob “\(knob)”: a choice's name is not empty and has no spaces at its ends")
}

/// Checks a declaration and records it in the running lesson's notebook; the value to use,
/// the learner's setting or the default. Outside a lesson run, the default.
private func declareKnob(_ name: String, _ kind: Knob.Kind, default value: KnobValue, _ help: String, line: Int) -> KnobValue {
    precondition(Knob.isValidName(name),
                 "a knob's name is a letter followed by letters, digits, “-” and “_”; “\(name)” is not")
    do {
        _ = try KnobValue.parse(value.text, forKnob: name, of: kind)
    } catch {
        preconditionFailure("knob “\(name)”: its default, \(value.text), does not fit: \(error)")
    }
    return Notebook.current?.declareKnob(name, kind: kind, default: value, help: help, line: line) ?? value
}
