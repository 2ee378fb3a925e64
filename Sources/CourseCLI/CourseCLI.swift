import ArgumentParser
import Foundation
import LessonFormat
import Notebook

/// The `course` command line, for any book of compiled lessons.
///
/// The executable passes in its book (`CourseCLI.main(lessons: Book.lessons)`), so the same
/// commands serve the course and the test fixtures, and no global holds the lessons.
public enum CourseCLI {
    /// Parses the process's arguments and runs the command; exits with its status.
    public static func main(lessons: [CompiledLesson]) -> Never {
        do {
            let book = try Book(lessons)
            var command = try CourseCommand.parseAsRoot()
            if let bookCommand = command as? any BookCommand {
                try bookCommand.run(book: book)
            } else {
                try command.run()
            }
            exit(0)
        } catch let error as BadInput {
            Terminal.note("error: \(error)")
            exit(2)
        } catch let error as UnknownLesson {
            Terminal.note("error: \(error)")
            exit(2)
        } catch {
            CourseCommand.exit(withError: error)
        }
    }
}

/// A subcommand that works on the book of lessons.
protocol BookCommand: ParsableCommand {
    func run(book: Book) throws
}

struct CourseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "An executable course on training deep neural networks.",
        discussion: """
            Every lesson is Markdown whose Swift code was compiled into this program. Name a \
            lesson by its number (2 or 02) or its id (vanishing-gradients).
            """,
        subcommands: [
            ListCommand.self, BuildCommand.self, RunCommand.self, QuizCommand.self, CheckCommand.self,
            ExecuteCommand.self,
        ]
    )
}

/// Options shared by the commands that run lessons.
struct RunOptions: ParsableArguments {
    @Option(help: "Seconds one lesson may run before it is stopped.")
    var budget: Double = 300

    func validate() throws {
        guard budget > 0 else { throw ValidationError("--budget must be a positive number of seconds") }
    }

    /// Runs one lesson in a child process.
    func run(_ lesson: Lesson) throws -> RunRecord {
        try runner(jobs: 1).runOne(lesson)
    }

    func runner(jobs: Int) throws -> LessonRunner {
        guard let executable = Bundle.main.executableURL else {
            throw ValidationError("cannot find this program's own path to run lessons with")
        }
        return LessonRunner(executable: executable, budget: budget, jobs: jobs)
    }
}
