import Foundation

/// The wall time of `course build` for the whole course, and of each lesson run on its own
/// (`course run N`), both timed from the outside with the release `course` binary next to the
/// bench binary: no progress text is parsed.
struct CourseTiming {
    let seconds: Double
    let lessonCount: Int
    let slowestLesson: String
    let slowestSeconds: Double
    /// False when the build or a lesson run exited with a failure (its times still count).
    let succeeded: Bool

    /// Set when the bench added OPENBLAS_NUM_THREADS to its own environment (see main.swift),
    /// which the course is then timed without.
    static let addedVariableMark = "BENCH_ADDED_OPENBLAS_NUM_THREADS"

    /// Builds the course into a temporary folder and runs each lesson, or says why it cannot.
    static func measure(course: URL) -> Result<CourseTiming, CourseTimingError> {
        guard FileManager.default.isExecutableFile(atPath: course.path) else {
            return .failure(CourseTimingError(reason: "not built (no \(course.path))"))
        }
        let site = FileManager.default.temporaryDirectory
            .appending(path: "bench-site-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: site) }
        do {
            let build = try run(course, ["build", "--out", site.path])
            // `course list` prints one lesson per line, its number first.
            let listing = try run(course, ["list"], capturing: true)
            let numbers = listing.output.split(separator: "\n").compactMap { $0.split(separator: " ").first.flatMap { Int($0) } }
            guard !numbers.isEmpty else {
                return .failure(CourseTimingError(reason: "course list named no lesson (status \(listing.status))"))
            }
            var runs: [(lesson: Int, seconds: Double, status: Int32)] = []
            for number in numbers {
                let lesson = try run(course, ["run", String(number)])
                runs.append((number, lesson.seconds, lesson.status))
            }
            let slowest = runs.max { $0.seconds < $1.seconds }!
            return .success(CourseTiming(
                seconds: build.seconds, lessonCount: numbers.count, slowestLesson: String(format: "%02d", slowest.lesson),
                slowestSeconds: slowest.seconds, succeeded: build.status == 0 && runs.allSatisfy { $0.status == 0 }))
        } catch {
            return .failure(CourseTimingError(reason: "could not run \(course.path): \(error)"))
        }
    }

    /// Runs `course` with `arguments` in the environment the bench was started in; its
    /// standard output is kept only when asked for, its errors are dropped.
    private static func run(_ course: URL, _ arguments: [String], capturing: Bool = false) throws
        -> (seconds: Double, status: Int32, output: String) {
        let process = Process()
        process.executableURL = course
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if environment.removeValue(forKey: addedVariableMark) != nil {
            environment["OPENBLAS_NUM_THREADS"] = nil
        }
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = capturing ? output : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var said = Data()
        let seconds = try secondsTaken {
            try process.run()
            if capturing { said = output.fileHandleForReading.readDataToEndOfFile() }
            process.waitUntilExit()
        }
        return (seconds, process.terminationStatus, String(decoding: said, as: UTF8.self))
    }
}

/// Why the course could not be timed.
struct CourseTimingError: Error {
    let reason: String
}
