import ArgumentParser
import Foundation
import LessonFormat
import Notebook
import QuizGrading
import Site

struct QuizCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Answer a lesson's quizzes one by one and get your score.",
        discussion: """
            Asks each quiz in turn and grades it against the keys of the last `course build` of \
            the lesson (or runs the lesson first when there is none). When \
            standard input is not a terminal, reads one answer per line, so it can be scripted: \
            printf 'b\\n15\\n' | course quiz 9. Exits 0 when every answer is right, 1 otherwise.
            """
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @OptionGroup var options: RunOptions

    func run(book: Book) throws {
        let found = try book.lesson(named: lesson)
        guard !found.quizzes.isEmpty else {
            print("Lesson \(found.number) has no quizzes.")
            return
        }
        let interactive = Terminal.isTTY(STDIN_FILENO)
        let record = try options.published(found)
        let run = LessonRun(lesson: found, record: record)
        let style = Terminal.style(for: STDOUT_FILENO)
        let renderer = TerminalRenderer(run: run, width: Terminal.width, style: style)
        var score = 0
        for (position, quiz) in found.quizzes.enumerated() {
            print("")
            print(style.apply([.magenta, .bold], to: "Quiz \(position + 1) of \(found.quizzes.count) · \(quiz.id)"))
            for line in renderer.render(quiz.question.blocks) { print(line) }
            let prompt: String
            switch quiz.answer {
            case .choices(let choices):
                for choice in choices {
                    for line in renderer.render(choice.text.blocks, prefix: "     ", first: "  \(choice.label)) ") { print(line) }
                }
                prompt = choices.filter(\.isCorrect).count > 1 ? "Your answer (all that apply, e.g. a,c): " : "Your answer (a letter): "
            case .numeric:
                prompt = "Your answer (a number): "
            }
            let key = QuizKey(quiz: quiz, record: record)
            guard let right = ask(prompt, key: key, interactive: interactive, style: style) else {
                print("\nNo more answers; stopping here.")
                break
            }
            if right { score += 1 }
            print(right ? style.apply([.green, .bold], to: "✓ Right.")
                        : style.apply([.red, .bold], to: "✗ Not quite. The run's answer: \(key)."))
            for line in renderer.render(quiz.explanation.blocks, prefix: "  ") { print(line) }
        }
        print("")
        print(style.apply([.bold], to: "Score: \(score) of \(found.quizzes.count)."))
        if score < found.quizzes.count { throw ExitCode(1) }
    }

    /// Asks until the answer can be graded (on a terminal), or reads one line (scripted);
    /// `nil` at the end of input.
    private func ask(_ prompt: String, key: QuizKey, interactive: Bool, style: TerminalStyle) -> Bool? {
        while true {
            print(prompt, terminator: "")
            fflush(nil)
            guard let answer = readLine() else { return nil }
            if !interactive { print(answer) }
            do {
                return try key.grade(answer)
            } catch {
                print(style.apply([.yellow], to: "  \(error)."))
                if !interactive { return false }
            }
        }
    }
}
