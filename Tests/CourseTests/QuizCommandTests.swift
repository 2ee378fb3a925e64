import Foundation
import Testing

/// `course check` and `course quiz` on the fixture lesson's two quizzes: `total` (numeric,
/// key 10 ± 0.5) and `which` (choices, b and d correct).
@Suite struct QuizCommandTests {
    @Test func checkExitsZeroWhenEveryAnswerIsRight() throws {
        let transcript = try run(Programs.fixtures, ["check", "1", "total=10.4", "which=d,b"])
        #expect(transcript.status == 0)
        #expect(transcript.output.contains("total=10.4: ✓ right"))
        #expect(transcript.output.contains("which=d,b: ✓ right"))
        #expect(transcript.output.contains("The cell added them up to 10."))
    }

    @Test func checkExitsOneWhenAnAnswerIsWrongAndGivesTheKey() throws {
        let transcript = try run(Programs.fixtures, ["check", "works", "total=10.6", "which=b"])
        #expect(transcript.status == 1)
        #expect(transcript.output.contains("total=10.6: ✗ wrong (the run's answer: 10 ± 0.5)"))
        #expect(transcript.output.contains("which=b: ✗ wrong (the run's answer: b, d)"))
    }

    @Test func checkExitsTwoOnInputItCannotGrade() throws {
        let cases: [([String], String)] = [
            (["check", "99", "total=1"], "no lesson is called “99”"),
            (["check", "1", "nope=1"], "has no quiz “nope”; its quizzes are: total, which"),
            (["check", "1", "total"], "is not QUIZ=ANSWER"),
            (["check", "1", "total=ten"], "“ten” is not a number"),
            (["check", "1", "which=z"], "“z” is not one of the choices a, b, c, d"),
            (["check", "1", "which="], "the answer is empty"),
            (["check", "1"], "give at least one answer"),
        ]
        for (arguments, message) in cases {
            let transcript = try run(Programs.fixtures, arguments)
            #expect(transcript.status == 2, "\(arguments)")
            #expect(transcript.errors.contains(message), "\(arguments): \(transcript.errors)")
        }
    }

    @Test func quizReadsOneAnswerPerLineFromAPipe() throws {
        let transcript = try run(Programs.fixtures, ["quiz", "1"], input: "9.8\nb, d\n")
        #expect(transcript.status == 0)
        #expect(transcript.output.contains("Quiz 1 of 2 · total"))
        #expect(transcript.output.contains("What is the total of the numbers?"))
        #expect(transcript.output.contains("  d) 4"))
        #expect(transcript.output.components(separatedBy: "✓ Right.").count - 1 == 2)
        #expect(transcript.output.contains("Score: 2 of 2."))
    }

    @Test func quizCountsWrongAndUnreadableAnswersAndStopsAtTheEndOfInput() throws {
        let wrong = try run(Programs.fixtures, ["quiz", "1"], input: "abc\nb\n")
        #expect(wrong.status == 1)
        #expect(wrong.output.contains("“abc” is not a number"))
        #expect(wrong.output.contains("Score: 0 of 2."))
        let short = try run(Programs.fixtures, ["quiz", "1"], input: "10\n")
        #expect(short.output.contains("No more answers"))
        #expect(short.output.contains("Score: 1 of 2."))
    }

    @Test func runWithAnswersPrintsTheKeysUnderTheQuizzes() throws {
        let transcript = try run(Programs.fixtures, ["run", "1", "--answers"])
        #expect(transcript.status == 0)
        #expect(transcript.output.contains("Answer: 10 ± 0.5"))
        #expect(transcript.output.contains("Answer: b, d"))
        let without = try run(Programs.fixtures, ["run", "1"])
        #expect(!without.output.contains("Answer:"))
    }
}
