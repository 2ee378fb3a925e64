import Testing
@testable import LessonFormat

/// A lesson with one cell and then `quiz` as a quiz fence starting at line 7.
func lesson(withQuiz quiz: String, info: String = "id=q") throws -> Lesson {
    try parse("# T\n\n```swift\nlet x = 1\n```\n\n```quiz \(info)\n\(quiz)\n```\n")
}

func quizError(_ quiz: String, info: String = "id=q") -> LessonFormatError? {
    do {
        _ = try lesson(withQuiz: quiz, info: info)
        return nil
    } catch {
        return error as? LessonFormatError
    }
}

@Suite struct QuizParserTests {
    @Test func singleChoiceQuiz() throws {
        let quiz = try #require(try lesson(withQuiz: """
            Why did the *early* layers stop learning?

            - [ ] The learning rate was too high
            - [x] Each sigmoid layer scales the gradient by at most 0.25
            - [ ] The data was not shuffled
            > Ten factors below `= x` multiply to almost nothing.
            """).quizzes.first)
        #expect(quiz.id == "q")
        #expect(quiz.fenceLine == 7)
        #expect(quiz.question.source == "Why did the *early* layers stop learning?")
        guard case .choices(let choices) = quiz.answer else { Issue.record("not a choice quiz"); return }
        #expect(choices.map(\.label) == ["a", "b", "c"])
        #expect(choices.map(\.isCorrect) == [false, true, false])
        #expect(choices[1].text.source == "Each sigmoid layer scales the gradient by at most 0.25")
        #expect(quiz.explanation.source == "Ten factors below `= x` multiply to almost nothing.")
        #expect(quiz.explanation.inlineValues.map(\.expression) == ["x"])
        #expect(quiz.explanation.inlineValues.first?.line == 13)
        #expect(quiz.afterCell == 0)
    }

    @Test func severalCorrectChoices() throws {
        let quiz = try #require(try lesson(withQuiz: "Pick the even ones.\n- [x] 2\n- [ ] 3\n- [X] 4\n> Both divide by two.").quizzes.first)
        guard case .choices(let choices) = quiz.answer else { Issue.record("not a choice quiz"); return }
        #expect(choices.filter(\.isCorrect).map(\.label) == ["a", "c"])
    }

    @Test func numericQuizWithAbsoluteRelativeAndNoTolerance() throws {
        let cases: [(String, Tolerance)] = [
            ("answer: `= x * 15` ± 1", .absolute(1)),
            ("answer: `= x` +- 0.5", .absolute(0.5)),
            ("answer: `= x` +/- 5%", .relative(0.05)),
            ("answer: `= x`", .absolute(0)),
        ]
        for (line, tolerance) in cases {
            let quiz = try #require(try lesson(withQuiz: "How many?\n\(line)\n> Because.").quizzes.first)
            guard case .numeric(let expression, let answerLine, let parsed) = quiz.answer else {
                Issue.record("not numeric: \(line)")
                continue
            }
            #expect(expression.hasPrefix("x"))
            #expect(answerLine == 9)
            #expect(parsed == tolerance, "\(line)")
        }
    }

    @Test func numericKeyMayBeAPlainNumber() throws {
        let quiz = try #require(try lesson(withQuiz: "How many weights in Linear(3, 2)?\nanswer: 6\n> Three times two.").quizzes.first)
        guard case .numeric(let expression, _, let tolerance) = quiz.answer else { Issue.record("not numeric"); return }
        #expect(expression == "6")
        #expect(tolerance == .absolute(0))
    }

    @Test func quizInlineValuesContinueTheLessonsNumbering() throws {
        let lesson = try parse("""
            # T

            Value `= 1`.

            ```quiz id=a
            Is `= 2` two?
            - [x] yes `= 3`
            - [ ] no
            > It is `= 4`.
            ```

            After: `= 5`.
            """)
        #expect(lesson.inlineValues.map(\.expression) == ["1", "2", "3", "4", "5"])
        #expect(lesson.inlineValues.map(\.index) == [0, 1, 2, 3, 4])
        #expect(lesson.quizzes[0].inlineValues.map(\.index) == [1, 2, 3])
    }

    @Test func malformedQuizzesNameTheLineAndTheFix() {
        let cases: [(quiz: String, info: String, line: Int, fragment: String)] = [
            ("- [x] a\n- [ ] b\n> why", "id=q", 7, "no question"),
            ("Q?\n- [ ] a\n- [ ] b\n> why", "id=q", 7, "marked correct"),
            ("Q?\n- [x] a\n> why", "id=q", 7, "only one choice"),
            ("Q?\n> why", "id=q", 7, "no answer"),
            ("Q?\n- [x] a\n- [ ] b", "id=q", 7, "no explanation"),
            ("Q?\nanswer: `= x` ± lots\n> why", "id=q", 9, "non-negative number"),
            ("Q?\nanswer: `= x` ± -1\n> why", "id=q", 9, "non-negative number"),
            ("Q?\nanswer: twelve\n> why", "id=q", 9, "inline value"),
            ("Q?\nanswer: `= x` or so\n> why", "id=q", 9, "tolerance"),
            ("Q?\n- [x] a\n- [ ] b\nanswer: 1\n> why", "id=q", 11, "not both"),
            ("Q?\n- [x] a\n- [ ] b\nstray line\n> why", "id=q", 11, "unexpected line"),
            ("Q?\n- [x] a\n- [ ] b\n> why\nstray", "id=q", 12, "explanation"),
            ("Q?\n- [x] a\n- [ ] b\n> why", "", 7, "id=some-name"),
            ("Q?\n- [x] a\n- [ ] b\n> why", "id=Bad_Id", 7, "lowercase"),
        ]
        for item in cases {
            let error = quizError(item.quiz, info: item.info)
            #expect(error?.line == item.line, "\(item.quiz)")
            #expect(error?.message.contains(item.fragment) == true, "\(item.quiz): \(error?.message ?? "parsed")")
        }
    }

    @Test func duplicateQuizIdIsAnError() {
        let error = parseError("# T\n\n```quiz id=a\nQ?\nanswer: 1\n> w\n```\n\n```quiz id=a\nQ?\nanswer: 2\n> w\n```\n")
        #expect(error?.line == 9)
        #expect(error?.message.contains("line 3") == true)
    }
}

@Suite struct ToleranceTests {
    @Test func absoluteToleranceAcceptsItsEdgesAndNothingBeyond() {
        let tolerance = Tolerance.absolute(1)
        #expect(tolerance.accepts(14, key: 15))
        #expect(tolerance.accepts(16, key: 15))
        #expect(!tolerance.accepts(13.99, key: 15))
        #expect(!tolerance.accepts(16.01, key: 15))
    }

    @Test func relativeToleranceScalesWithTheKey() {
        let tolerance = Tolerance.relative(0.05)
        #expect(tolerance.accepts(95, key: 100))
        #expect(tolerance.accepts(105, key: 100))
        #expect(!tolerance.accepts(94.9, key: 100))
        #expect(tolerance.accepts(-0.0105, key: -0.01))
    }

    @Test func exactKeyAndNonFiniteAnswers() {
        #expect(Tolerance.absolute(0).accepts(0.1 + 0.2, key: 0.3))
        #expect(!Tolerance.absolute(0).accepts(0.31, key: 0.3))
        #expect(!Tolerance.absolute(1).accepts(.nan, key: 1))
        #expect(!Tolerance.absolute(.infinity).accepts(1, key: .nan))
    }
}
