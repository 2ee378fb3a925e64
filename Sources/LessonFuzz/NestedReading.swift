import LessonFormat

/// The same lesson with its code one container deeper: from one of its fences on, every line
/// behind `> `, or all of it in one list item (`- ` on the fence's line). CommonMark reads
/// a container's content as it reads a document, and a fence can start one, so the parser
/// must find the same cells, values and quizzes on the same lines, or the same error at the
/// same line. (Fences in lists and quotes inside lists once read differently.)
enum Nesting: CaseIterable {
    case quote
    case listItem

    /// `source` with the lines from `first` on nested, or `nil` when nesting would change
    /// their meaning: with tabs (their stops move with the indentation) or when line `first`
    /// is indented (a list item's content column would come from its indentation).
    func nest(_ source: String, from first: Int) -> String? {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let ending = lines.count > 1 && lines.last == "" ? lines.removeLast() : nil
        guard !source.contains("\t"), first >= 1, first <= lines.count,
              let opening = lines[first - 1].first, !opening.isWhitespace
        else { return nil }
        for index in first - 1..<lines.count {
            switch self {
            case .quote: lines[index] = "> " + lines[index]
            case .listItem: lines[index] = index == first - 1 ? "- " + lines[index] : lines[index].isEmpty ? "" : "  " + lines[index]
            }
        }
        return (lines + (ending.map { [$0] } ?? [])).joined(separator: "\n")
    }

    /// Checks that the parser reads `source` nested from each of its fences as it read it
    /// plain (`plain`; when that failed at a fence, nested from that fence).
    static func check(_ source: String, plain: Result<Lesson, LessonFormatError>, _ problems: inout Problems) {
        let fences: [Int] = switch plain {
        case .success(let lesson): (lesson.cells.map(\.fenceLine) + lesson.quizzes.map(\.fenceLine)).sorted()
        case .failure(let error): error.line.flatMap { line in opensFence(line, in: source) ? [line] : nil } ?? []
        }
        for fence in fences {
            for nesting in allCases { nesting.check(source, from: fence, plain: plain, &problems) }
        }
    }

    private func check(_ source: String, from first: Int, plain: Result<Lesson, LessonFormatError>,
                       _ problems: inout Problems) {
        guard let nested = nest(source, from: first) else { return }
        let reading = Result { () throws(LessonFormatError) in try LessonParser.parse(source: nested, path: ReadingCheck.path) }
        switch (plain, reading) {
        case (.success(let lesson), .success(let other)):
            if lesson.title != other.title || lesson.cells != other.cells || lesson.inlineValues != other.inlineValues
                || lesson.quizzes != other.quizzes {
                problems.add("in a \(self) from line \(first) the parser finds \(other.partsByLine) instead of \(lesson.partsByLine)")
            }
        case (.failure(let error), .failure(let other)):
            if error.line != other.line || error.message != other.message {
                problems.add("in a \(self) from line \(first) the parser fails with “\(other)” instead of “\(error)”")
            }
        case (.success, .failure(let other)):
            problems.add("in a \(self) from line \(first) the parser fails with “\(other)”")
        case (.failure(let error), .success):
            problems.add("in a \(self) from line \(first) the parser no longer fails with “\(error)”")
        }
    }

    private static func opensFence(_ line: Int, in source: String) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        return lines[line - 1].hasPrefix("```") || lines[line - 1].hasPrefix("~~~")
    }
}
