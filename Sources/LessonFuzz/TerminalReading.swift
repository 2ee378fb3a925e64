import LessonFormat
import Site

/// What the terminal renderer shows of a marked run: the markers of cells and values and
/// the header of each quiz, in the order they are printed.
struct TerminalReading {
    let run: LessonRun
    /// Columns to wrap at; narrow widths exercise the wrapping of lists and quotes.
    let width: Int

    var parts: [Part] {
        let text = TerminalRenderer(run: run, width: width, style: TerminalStyle(color: false), showAnswers: true).render()
        var found = Part.markers(in: text[...])
        let quizIndex = Dictionary(run.lesson.quizzes.map { ($0.id, $0.index) }, uniquingKeysWith: { first, _ in first })
        var position = text.startIndex
        while let header = text[position...].range(of: Self.quizHeader) {
            let id = text[header.upperBound...].prefix { !$0.isWhitespace }
            found.append((quizIndex[String(id)].map(Part.quiz) ?? .quiz(-1), header.lowerBound))
            position = header.upperBound
        }
        return found.sorted { $0.at < $1.at }.map(\.part)
    }

    /// How `TerminalQuiz` starts a quiz; `FuzzInput` keeps `┌` out of lesson text.
    static let quizHeader = "┌ Quiz · "
}
