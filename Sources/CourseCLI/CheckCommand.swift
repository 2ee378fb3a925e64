import ArgumentParser
import Foundation
import LessonFormat
import Notebook
import QuizGrading
import Site

struct CheckCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Grade quiz answers: course check 9 best-epoch=15 cause=b.",
        discussion: """
            Grades each QUIZ=ANSWER against the keys of the last `course build` of the lesson \
            (or runs the lesson first when there is none): letters for choices (b, or a,c in any order), a number for numeric quizzes. Exits 0 when \
            every answer is right, 1 when any is wrong, 2 when the input is not understood.
            """
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @Argument(help: "Answers as QUIZ=ANSWER.")
    var answers: [String] = []

    @OptionGroup var options: RunOptions

    func run(book: Book) throws {
        let found: Lesson
        do { found = try book.lesson(named: lesson) } catch { throw BadInput(message: "\(error)") }
        let pairs = try parsedAnswers(for: found)
        let record = try options.published(found)
        let style = Terminal.style(for: STDOUT_FILENO)
        let renderer = TerminalRenderer(run: LessonRun(lesson: found, record: record), width: Terminal.width, style: style)
        var allRight = true
        for (quiz, answer) in pairs {
            let key = QuizKey(quiz: quiz, record: record)
            let right: Bool
            do { right = try key.grade(answer) } catch { throw BadInput(message: "\(quiz.id)=\(answer): \(error)") }
            allRight = allRight && right
            let verdict = right ? style.apply([.green, .bold], to: "✓ right") : style.apply([.red, .bold], to: "✗ wrong")
            print("\(quiz.id)=\(answer): \(verdict)" + (right ? "" : " (the run's answer: \(key))"))
            for line in renderer.render(quiz.explanation.blocks, prefix: "  ") { print(line) }
        }
        if !allRight { throw ExitCode(1) }
    }

    private func parsedAnswers(for lesson: Lesson) throws -> [(Quiz, String)] {
        let valid = lesson.quizzes.map(\.id)
        guard !lesson.quizzes.isEmpty else { throw BadInput(message: "lesson \(lesson.number) has no quizzes") }
        guard !answers.isEmpty else {
            throw BadInput(message: "give at least one answer as QUIZ=ANSWER; the quizzes of lesson \(lesson.number) are: \(valid.joined(separator: ", "))")
        }
        return try answers.map { pair in
            guard let equals = pair.firstIndex(of: "=") else {
                throw BadInput(message: "“\(pair)” is not QUIZ=ANSWER; the quizzes of lesson \(lesson.number) are: \(valid.joined(separator: ", "))")
            }
            let id = String(pair[..<equals])
            guard let quiz = lesson.quizzes.first(where: { $0.id == id }) else {
                throw BadInput(message: "lesson \(lesson.number) has no quiz “\(id)”; its quizzes are: \(valid.joined(separator: ", "))")
            }
            return (quiz, String(pair[pair.index(after: equals)...]))
        }
    }
}

/// Input `course check` cannot grade: exit status 2, with a message saying what is valid.
struct BadInput: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
