import LessonFormat
import Notebook
import QuizGrading
import Site
import Testing

@Suite struct QuizKeyTests {
    func keys() throws -> (numeric: QuizKey, choices: QuizKey) {
        let run = try snapshotRun()
        return (QuizKey(quiz: run.lesson.quizzes[0], record: run.record),
                QuizKey(quiz: run.lesson.quizzes[1], record: run.record))
    }

    @Test func numericAnswersWithinTheToleranceAreRight() throws {
        let key = try keys().numeric
        #expect(try key.grade("0.25"))
        #expect(try key.grade(" 0.26 "))
        #expect(try key.grade("0.24"))
        #expect(try !key.grade("0.2601"))
        #expect(try !key.grade("-0.25"))
        #expect(key.description == "0.25 ± 0.01")
    }

    @Test func blankAndNonNumericAnswersAreInputErrors() throws {
        let key = try keys().numeric
        #expect(throws: QuizKey.AnswerError.blank) { try key.grade("  ") }
        #expect(throws: QuizKey.AnswerError.notANumber("quarter")) { try key.grade("quarter") }
        #expect(throws: QuizKey.AnswerError.notANumber("1/4")) { try key.grade("1/4") }
    }

    @Test func severalChoicesAreRightInAnyOrderAndSpelling() throws {
        let key = try keys().choices
        for answer in ["a,c", "c,a", "A, C", "a c", "(a),(c)"] { #expect(try key.grade(answer), "\(answer)") }
        for answer in ["a", "c", "a,b,c", "b"] { #expect(try !key.grade(answer), "\(answer)") }
        #expect(throws: QuizKey.AnswerError.unknownChoice("d", valid: ["a", "b", "c"])) { try key.grade("a,d") }
        #expect(key.description == "a, c")
    }

    @Test func aKeyTheRunNeverComputedCannotBeGraded() throws {
        let run = try snapshotRun()
        var record = run.record
        record.quizKeys = []
        let key = QuizKey(quiz: run.lesson.quizzes[0], record: record)
        #expect(throws: QuizKey.AnswerError.keyNotComputed) { try key.grade("1") }
    }
}
