import Foundation

/// Rebuilds the course binary and re-runs one lesson into a site folder.
struct PreviewBuilder: Sendable {
    let package: URL
    let lesson: LessonFile
    let product: String
    let configuration: String
    let scratchPath: String
    let budget: Double

    /// What one rebuild came to.
    enum Outcome: Sendable {
        /// The page was written; `problems` lists failed claims, crashes or errors (empty when
        /// the lesson ran clean); `warnings` are the compiler's and SwiftPM's about lessons.
        case built(problems: [String], warnings: [String], summary: String)
        /// The Swift did not compile; `errors` is the compiler's report.
        case compileFailed(errors: String)
    }

    /// Builds the binary, then runs the lesson into `site`. `running` is told each child
    /// process, so an interruption can stop it.
    func build(into site: URL, running: @Sendable (Process?) -> Void) async throws -> Outcome {
        let compile = try await Self.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["swift", "build", "-c", configuration, "--product", product, "--scratch-path", scratchPath],
            in: package, running: running)
        guard compile.status == 0 else { return .compileFailed(errors: Self.errors(in: compile.output)) }
        let lessonFolder = lesson.relativePath.split(separator: "/").dropLast().joined(separator: "/") + "/"
        let warnings = compile.output.split(separator: "\n").map(String.init)
            .filter { $0.contains("warning:") && $0.contains(lessonFolder) }
        let binary = package.appending(path: scratchPath).appending(path: configuration).appending(path: product)
        let lessonRun = try await Self.run(
            binary, ["build", lesson.number, "--out", site.path, "--budget", "\(budget)"],
            in: package, running: running)
        let lines = lessonRun.output.split(separator: "\n").map(String.init)
        let problems = lines.filter { $0.hasPrefix("✗ ") }
        let summary = lines.last { $0.hasPrefix("Built ") } ?? lines.last ?? ""
        if lessonRun.status > 1 { return .compileFailed(errors: lessonRun.output) }
        return .built(problems: problems, warnings: warnings, summary: summary)
    }

    /// The compiler's diagnostics without SwiftPM's progress lines.
    static func errors(in output: String) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex { $0.contains("error:") } ?? lines.startIndex
        return lines[start...].filter { !$0.hasPrefix("[") && !$0.hasPrefix("Building for") }
            .prefix(80).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a program to its end and returns its status and everything it wrote.
    private static func run(_ program: URL, _ arguments: [String], in folder: URL,
                            running: @Sendable (Process?) -> Void) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        running(process)
        defer { running(nil) }
        let data = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: pipe.fileHandleForReading.readDataToEndOfFile()) }
        }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
