import ArgumentParser
import Foundation
import LessonFormat
import Notebook
import Site

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
        } catch let error as SiteError {
            Terminal.note("error: \(error)")
            if case .refusedDestination = error { exit(2) }
            exit(1)
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
            ListCommand.self, BuildCommand.self, RunCommand.self, KnobsCommand.self, QuizCommand.self,
            CheckCommand.self, PreviewCommand.self, ExecuteCommand.self,
        ]
    )
}

/// Options shared by the commands that run lessons.
struct RunOptions: ParsableArguments {
    /// Ten megabytes: far more than any lesson prints, far less than a runaway loop would.
    static let defaultOutputCap = 10 * 1_048_576

    @Option(help: "Seconds one lesson may run before it is stopped.")
    var budget: Double = 300

    @Option(name: .customLong("output-cap"), help: ArgumentHelp(
        "Megabytes one cell may print before the lesson is stopped.", valueName: "megabytes"))
    var outputCapMegabytes: Double = Double(defaultOutputCap) / 1_048_576

    func validate() throws {
        guard budget > 0 else { throw ValidationError("--budget must be a positive number of seconds") }
        guard outputCapMegabytes > 0 else { throw ValidationError("--output-cap must be a positive number of megabytes") }
    }

    /// Runs one lesson in a child process, with `settings` for its knobs.
    func run(_ lesson: Lesson, settings: [(name: String, value: String)] = []) throws -> RunRecord {
        var runner = try runner(jobs: 1)
        runner.settings = settings
        return try runner.runOne(lesson)
    }

    /// The published record of `lesson`: the last `course build` of it by this binary when
    /// there is one; otherwise runs the lesson with its defaults, saying so on standard error
    /// (`purpose` says why), and keeps the record as the build would.
    func published(_ lesson: Lesson, purpose: String = "to compute its answers") throws -> RunRecord {
        let cache = RecordCache.current
        if let record = cache?.record(for: lesson) { return record }
        Terminal.note("Running lesson \(lesson.number) \(purpose) (no `course build` of it by this program yet)…")
        let record = try run(lesson)
        cache?.store(record, for: lesson)
        return record
    }

    /// A runner for this process's lessons; from here on, an interruption stops them.
    func runner(jobs: Int, interruption: Interruption = Interruption()) throws -> LessonRunner {
        guard let executable = Bundle.main.executableURL else {
            throw ValidationError("cannot find this program's own path to run lessons with")
        }
        return LessonRunner(executable: executable, budget: budget, jobs: jobs,
                            outputCap: Int(outputCapMegabytes * 1_048_576), interruption: interruption)
    }
}
