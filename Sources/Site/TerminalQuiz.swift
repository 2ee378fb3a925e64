import LessonFormat
import Notebook

/// A quiz in the terminal text: its question and choices, and the key when asked for.
struct TerminalQuiz {
    let renderer: TerminalRenderer

    func lines(_ quiz: Quiz) -> [String] {
        let style = renderer.style
        var lines = [style.apply([.magenta, .bold], to: "┌ Quiz · \(quiz.id)")]
        let gutter = style.apply([.magenta], to: "│ ")
        let inner = TerminalRenderer(run: renderer.run, width: renderer.width - 2, style: style)
        lines += inner.render(quiz.question.blocks, values: renderer.run.record).map { gutter + $0 }
        switch quiz.answer {
        case .choices(let choices):
            let several = choices.filter(\.isCorrect).count > 1
            lines.append(gutter + style.apply([.dim], to: several ? "(choose every answer that applies)" : "(choose one)"))
            let choiceRenderer = TerminalRenderer(run: renderer.run, width: renderer.width - 7, style: style)
            for choice in choices {
                let text = choiceRenderer.render(choice.text.blocks, values: renderer.run.record).filter { !$0.isEmpty }
                for (position, line) in text.enumerated() {
                    lines.append(gutter + (position == 0 ? "  \(choice.label)) " : "     ") + line)
                }
            }
        case .numeric:
            lines.append(gutter + style.apply([.dim], to: "(answer with a number)"))
        }
        if renderer.showAnswers {
            lines.append(gutter + style.apply([.bold], to: "Answer: " + QuizKey(quiz: quiz, record: renderer.run.record).description))
            lines += inner.render(quiz.explanation.blocks, values: renderer.run.record).map { gutter + $0 }
        }
        lines.append(style.apply([.magenta], to: "└ ") + style.apply([.dim], to: "check it: course check \(renderer.run.lesson.number) \(quiz.id)=…"))
        return lines
    }
}
