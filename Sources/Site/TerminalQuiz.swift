import LessonFormat
import Notebook
import QuizGrading

/// A quiz in the terminal text: its question and choices, and the key when asked for.
struct TerminalQuiz {
    let renderer: TerminalRenderer

    func lines(_ quiz: Quiz) -> [String] {
        let style = renderer.style
        var lines = [style.apply([.magenta, .bold], to: "┌ Quiz · \(quiz.id)")]
        let gutter = style.apply([.magenta], to: "│ ")
        lines += renderer.render(quiz.question.blocks, prefix: gutter)
        switch quiz.answer {
        case .choices(let choices):
            let several = choices.filter(\.isCorrect).count > 1
            lines.append(gutter + style.apply([.dim], to: several ? "(choose every answer that applies)" : "(choose one)"))
            for choice in choices {
                lines += renderer.render(choice.text.blocks, prefix: gutter + "     ", first: gutter + "  \(choice.label)) ")
            }
        case .numeric:
            lines.append(gutter + style.apply([.dim], to: "(answer with a number)"))
        }
        if renderer.showAnswers {
            lines.append(gutter + style.apply([.bold], to: "Answer: " + QuizKey(quiz: quiz, record: renderer.run.record).description))
            lines += renderer.render(quiz.explanation.blocks, prefix: gutter)
        }
        lines.append(style.apply([.magenta], to: "└ ") + style.apply([.dim], to: "check it: course check \(renderer.run.lesson.number) \(quiz.id)=…"))
        return lines
    }
}
