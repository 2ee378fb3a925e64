import Testing
@testable import Notebook

/// Reading a learner's setting against a knob's kind, and writing values back as they type them.
@Suite struct KnobValueTests {
    private let rate = Knob.Kind.number(lower: 0, upper: 0.9)

    private func message(_ text: String, _ kind: Knob.Kind) -> String? {
        do {
            _ = try KnobValue.parse(text, forKnob: "k", of: kind)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aNumberIsReadBackInItsShortestForm() throws {
        #expect(try KnobValue.parse("0.30", forKnob: "k", of: rate) == .number(0.3))
        #expect(try KnobValue.parse(" 1e-3 ", forKnob: "k", of: rate).text == "0.001")
        #expect(KnobValue.number(5).text == "5")
        #expect(KnobValue.number(0.3).text == "0.3")
        #expect(try KnobValue.parse("0", forKnob: "k", of: rate) == .number(0), "a whole number is a number")
    }

    @Test func aValueOfTheWrongTypeOrOutOfRangeSaysWhatTheKnobTakes() {
        #expect(message("abc", rate) == "k takes a number in 0…0.9; “abc” is not a number")
        #expect(message("nan", rate) == "k takes a number in 0…0.9; “nan” is not a number")
        #expect(message("0.95", rate) == "k takes a number in 0…0.9; 0.95 is out of range")
        #expect(message("2.5", .integer(lower: 1, upper: 20)) == "k takes a whole number in 1…20; “2.5” is not a whole number")
        #expect(message("21", .integer(lower: 1, upper: 20)) == "k takes a whole number in 1…20; 21 is out of range")
        #expect(message("maybe", .boolean) == "k takes true or false; “maybe” is neither")
        #expect(message("elu", .choice(["sigmoid", "relu"])) == "k takes one of sigmoid, relu; “elu” is not one of them")
    }

    @Test func truthValuesAndChoicesAreReadAsTyped() throws {
        #expect(try KnobValue.parse("yes", forKnob: "k", of: .boolean) == .boolean(true))
        #expect(try KnobValue.parse("False", forKnob: "k", of: .boolean).text == "false")
        #expect(try KnobValue.parse("relu", forKnob: "k", of: .choice(["sigmoid", "relu"])) == .choice("relu"))
        #expect(message("ReLU", .choice(["sigmoid", "relu"])) != nil, "choices are matched exactly")
    }

    @Test func knobNamesReadUnambiguouslyInAShell() {
        #expect(Knob.isValidName("noise") && Knob.isValidName("label-noise") && Knob.isValidName("rows_2"))
        #expect(!Knob.isValidName("") && !Knob.isValidName("2rows") && !Knob.isValidName("a=b")
                && !Knob.isValidName("a b") && !Knob.isValidName("bruit-é"))
    }

    @Test func anExampleValueDiffersFromTheOneInUse() {
        func knob(_ kind: Knob.Kind, _ value: String) -> Knob {
            Knob(name: "k", kind: kind, defaultValue: value, value: value, help: "", cell: nil, line: 1)
        }
        #expect(knob(rate, "0.3").otherValue == "0")
        #expect(knob(rate, "0").otherValue == "0.9")
        #expect(knob(.integer(lower: 1, upper: 20), "1").otherValue == "20")
        #expect(knob(.boolean, "false").otherValue == "true")
        #expect(knob(.choice(["a", "b", "c"]), "a").otherValue == "b")
    }
}
