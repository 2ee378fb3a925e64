import Foundation
import LessonFormat
import Notebook

/// Values a learner gives a lesson's knobs (`--set noise=0 layers=3`), each checked against
/// the knob as the published run declared it, before anything runs.
struct KnobSettings {
    /// The settings in the order given, each with its knob and its value.
    let values: [(knob: Knob, value: KnobValue)]

    /// Checks `pairs` against `knobs`, the knobs of `lesson`; an unknown name, a value the knob
    /// does not take, or a knob set twice is bad input, and the message lists the valid knobs.
    init(_ pairs: [String], knobs: [Knob], lesson: Lesson) throws(BadInput) {
        guard !knobs.isEmpty else { throw BadInput(message: "lesson \(lesson.number) has no knobs to set") }
        func refuse(_ problem: String) -> BadInput {
            return BadInput(message: "\(problem). The knobs of lesson \(lesson.number):\n" + Self.listing(knobs))
        }
        var values: [(knob: Knob, value: KnobValue)] = []
        for pair in pairs {
            guard let (name, text) = Self.split(pair) else { throw refuse("“\(pair)” is not NAME=VALUE") }
            guard let knob = knobs.first(where: { $0.name == name }) else {
                throw refuse("lesson \(lesson.number) has no knob “\(name)”")
            }
            guard !values.contains(where: { $0.knob.name == name }) else { throw refuse("\(name) is set twice") }
            do {
                values.append((knob, try KnobValue.parse(text, forKnob: name, of: knob.kind)))
            } catch {
                throw refuse(error.message)
            }
        }
        self.values = values
    }

    /// `name=value` split at its first `=`; nil without one or without a name.
    static func split(_ pair: String) -> (name: String, value: String)? {
        guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else { return nil }
        return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
    }

    /// What the child process is given: each knob's name and its value as text.
    var arguments: [(name: String, value: String)] {
        values.map { ($0.knob.name, $0.value.text) }
    }

    /// "noise = 0 (default 0.3), restore = false (default true)".
    var summary: String {
        values.map { "\($0.knob.name) = \($0.value.text) (default \($0.knob.defaultValue))" }.joined(separator: ", ")
    }

    /// One line per knob: its name, what it takes and its default.
    static func listing(_ knobs: [Knob]) -> String {
        let width = knobs.map(\.name.count).max() ?? 0
        return knobs.map { knob in
            "  " + knob.name.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  \(knob.kind.summary) (default \(knob.defaultValue))"
        }.joined(separator: "\n")
    }
}
