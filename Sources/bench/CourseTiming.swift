import Foundation

/// The wall time of `course build` for the whole course, and of its slowest lesson, from
/// the release `course` binary next to the bench binary.
struct CourseTiming {
    let seconds: Double
    let lessonCount: Int
    let slowestLesson: String
    let slowestSeconds: Double
    /// False when the build reported a failing lesson (its times still count).
    let succeeded: Bool

    /// Set when the bench added OPENBLAS_NUM_THREADS to its own environment (see main.swift),
    /// which the course is then timed without.
    static let addedVariableMark = "BENCH_ADDED_OPENBLAS_NUM_THREADS"

    /// Builds the course into a temporary folder, or says why it cannot.
    static func measure(course: URL) -> Result<CourseTiming, CourseTimingError> {
        guard FileManager.default.isExecutableFile(atPath: course.path) else {
            return .failure(CourseTimingError(reason: "not built (no \(course.path))"))
        }
        let site = FileManager.default.temporaryDirectory
            .appending(path: "bench-site-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: site) }
        let process = Process()
        process.executableURL = course
        process.arguments = ["build", "--out", site.path]
        var environment = ProcessInfo.processInfo.environment
        if environment.removeValue(forKey: addedVariableMark) != nil {
            environment["OPENBLAS_NUM_THREADS"] = nil
        }
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let elapsed: Double
        let report: String
        do {
            var said = Data()
            elapsed = try secondsTaken {
                try process.run()
                said = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
            }
            report = String(decoding: said, as: UTF8.self)
        } catch {
            return .failure(CourseTimingError(reason: "could not run \(course.path): \(error)"))
        }
        // Each finished lesson is reported as "[k/n] ✓ 02-some-id.md (1.2 s)".
        let lessons: [(name: String, seconds: Double)] = report.split(separator: "\n").compactMap { line in
            guard let open = line.lastIndex(of: "("), line.hasSuffix(" s)"),
                  let time = Double(line[line.index(after: open)...].dropLast(3)) else { return nil }
            let name = line[..<open].split(separator: " ").last.map(String.init) ?? "?"
            return (name, time)
        }
        guard let slowest = lessons.max(by: { $0.seconds < $1.seconds }) else {
            return .failure(CourseTimingError(reason: "course build reported no lesson (status \(process.terminationStatus))"))
        }
        return .success(CourseTiming(seconds: elapsed, lessonCount: lessons.count, slowestLesson: slowest.name,
                                     slowestSeconds: slowest.seconds, succeeded: process.terminationStatus == 0))
    }
}

/// Why the course could not be timed.
struct CourseTimingError: Error {
    let reason: String
}
