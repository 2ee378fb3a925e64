import LessonFormat
import LessonGenerator
import Site

/// What the readers of one input made of it.
public struct ReadingReport: Sendable {
    /// The format error the input was rejected with, if it was.
    public let error: LessonFormatError?
    /// The cells, inline values and quizzes the parser found, in text order.
    public let parts: [Part]
    /// Every disagreement between readers, and every reported line outside the file.
    public let problems: [String]
}

/// Feeds one lesson file to every reader of the lesson syntax and checks that they agree.
///
/// The parser (`LessonParser`) finds the cells, inline values and quizzes, with lines; the
/// generator (`SwiftGenerator`) turns them into a program; the terminal renderer, the
/// HTML splicer (`Lesson.renderHTML`) and the page (`LessonPage`) show a run of it in which
/// every part prints its own marker. They agree when each shows the parser's parts in the
/// parser's order (which follows from its lines, so a wrong line shows as a wrong order),
/// when the program starts, records and places them as the parser says, when every line any
/// of them reports lies in the file (and an inline value's line opens one), and when the
/// parser reads the lesson nested one container deeper alike.
public enum ReadingCheck {
    /// The path the input is read as.
    public static let path = "Lessons/07-fuzz.md"

    /// Checks `bytes`, read as the lesson file `path`.
    public static func check(_ bytes: [UInt8]) -> ReadingReport {
        let input = FuzzInput(bytes)
        var problems = Problems(lineCount: input.lineCount)
        let source: String
        do {
            source = try LessonSource.text(of: input.bytes, path: path)
        } catch {
            problems.checkPlace(of: error)
            return ReadingReport(error: error, parts: [], problems: problems.list)
        }
        let lesson: Lesson
        do {
            lesson = try LessonParser.parse(source: source, path: path)
        } catch {
            problems.checkPlace(of: error)
            return ReadingReport(error: error, parts: [], problems: problems.list)
        }
        Nesting.check(source, plain: lesson, &problems)
        lesson.checkLines(&problems)
        let parts = lesson.partsByLine
        checkAfterCells(lesson, parts, &problems)

        var rejection: LessonFormatError?
        do {
            GeneratorReading(try SwiftGenerator(lesson: lesson).generate()).check(against: lesson, &problems)
        } catch {
            problems.checkPlace(of: error)
            if let line = error.line, let column = error.column { problems.checkColumn(column, onLine: line, of: lesson) }
            rejection = error
        }
        // No lesson file is in this course, so this reports the first link to one.
        do { try lesson.checkLessonLinks(against: []) } catch { problems.checkPlace(of: error) }

        let run = LessonRun.marked(lesson)
        problems.compare("the terminal", TerminalReading(run: run, width: 20 + bytes.count % 60).parts, with: parts)
        let html = HTMLReading(run: run)
        problems.compare("renderHTML", html.splicedParts(&problems), with: parts)
        let explained = lesson.explanationValues
        problems.compare("the page", html.pageParts(&problems),
                         with: parts.filter { !explained.contains($0) && !$0.isQuiz })
        return ReadingReport(error: rejection, parts: parts, problems: problems.list)
    }

    /// Checks that each value and quiz comes, in text order, after the running cell the
    /// parser says it is computed after.
    private static func checkAfterCells(_ lesson: Lesson, _ parts: [Part], _ problems: inout Problems) {
        var lastRunning: Int?
        for part in parts {
            switch part {
            case .cell(let index):
                if lesson.cells[index].runs { lastRunning = index }
            case .value(let index):
                let value = lesson.inlineValues[index]
                if value.afterCell != lastRunning {
                    problems.add("value \(index) is computed after cell \(String(describing: value.afterCell)) but follows cell \(String(describing: lastRunning))")
                }
            case .quiz(let index):
                let quiz = lesson.quizzes[index]
                if quiz.afterCell != lastRunning {
                    problems.add("quiz \(index) is computed after cell \(String(describing: quiz.afterCell)) but follows cell \(String(describing: lastRunning))")
                }
            }
        }
    }
}
