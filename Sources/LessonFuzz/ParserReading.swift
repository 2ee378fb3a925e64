import LessonFormat

extension Lesson {
    /// The parts in the order the parser's lines put them: by line, a quiz before the values
    /// in it, values on one line in their own order. Wrong lines show up as a wrong order.
    var partsByLine: [Part] {
        var placed: [(line: Int, rank: Int, part: Part)] = []
        placed += cells.map { ($0.fenceLine, 0, .cell($0.index)) }
        placed += quizzes.map { ($0.fenceLine, 0, .quiz($0.index)) }
        placed += inlineValues.map { ($0.line, 1 + $0.index, .value($0.index)) }
        return placed.sorted { ($0.line, $0.rank) < ($1.line, $1.rank) }.map(\.part)
    }

    /// The inline values of quiz explanations, which a page keeps encoded until the quiz is
    /// answered.
    var explanationValues: Set<Part> {
        Set(quizzes.flatMap { $0.explanation.inlineValues.map { Part.value($0.index) } })
    }

    /// Checks every line the parser reported: inside the file, and on a line that holds
    /// what was found there.
    func checkLines(_ problems: inout Problems) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        func text(_ line: Int) -> Substring { line >= 1 && line <= lines.count ? lines[line - 1] : "" }
        for cell in cells {
            problems.checkLine(cell.fenceLine, "cell \(cell.index)'s fence")
            if !text(cell.fenceLine).contains("swift") { problems.add("cell \(cell.index)'s fence line \(cell.fenceLine) has no `swift`") }
        }
        for quiz in quizzes {
            problems.checkLine(quiz.fenceLine, "quiz \(quiz.index)'s fence")
            if !text(quiz.fenceLine).contains("quiz") { problems.add("quiz \(quiz.index)'s fence line \(quiz.fenceLine) has no `quiz`") }
            if case .numeric(_, let line, _) = quiz.answer {
                problems.checkLine(line, "quiz \(quiz.index)'s answer")
                if !text(line).contains("answer:") { problems.add("quiz \(quiz.index)'s answer line \(line) has no `answer:`") }
            }
        }
        var valuesOnLine: [Int: Int] = [:]
        for value in inlineValues {
            problems.checkLine(value.line, "value \(value.index)")
            valuesOnLine[value.line, default: 0] += 1
        }
        for (line, count) in valuesOnLine.sorted(by: { $0.key < $1.key }) where count > inlineValueOpenings(on: text(line)) {
            problems.add("\(count) values are placed on line \(line), which opens \(inlineValueOpenings(on: text(line))): `\(text(line))`")
        }
    }
}
