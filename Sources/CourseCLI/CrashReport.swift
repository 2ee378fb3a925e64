import Foundation
import LessonFormat

/// Makes sense of a child process that died: what the crashed cell printed before the end,
/// the runtime's message, and the Markdown line of the statement that trapped.
///
/// The runtime prints its message (`Fatal error: Index out of range`) to standard error,
/// which the capture holds; the line comes from the backtrace the runtime writes as JSON:
/// the innermost frame whose source location is the lesson's Markdown file.
struct CrashReport {
    /// What the cell printed before the crash.
    let output: String
    /// The runtime's message, or a description of how the process ended.
    let message: String
    /// The Markdown line of the statement that trapped, if a frame of the lesson was found.
    let line: Int?

    /// Whether the process trapped, so that a backtrace should name the statement.
    let trapped: Bool

    /// Added to the message when a trap's line is the cell's, for want of a lesson frame.
    var fallbackNote: String {
        trapped ? " (no frame of the lesson was found in the backtrace; the line is the cell's fence)" : ""
    }

    /// Most of a runaway cell's output is not worth keeping on the page.
    private static let keptOutput = 16_384

    init(lesson: Lesson, captured: String, log: String, backtrace: Data?, status: Int32, signaled: Bool, outputCap: Int) {
        let text = captured + log
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let markers = ["Fatal error", "Precondition failed", "Assertion failed"]
        var printed = text
        var runtimeMessage: String?
        if let start = lines.firstIndex(where: { line in markers.contains { line.contains($0) } }) {
            printed = lines[..<start].joined(separator: "\n")
            runtimeMessage = lines[start...].prefix { !$0.hasPrefix("*** ") && !$0.hasPrefix("💣") }
                .map { Self.withoutSourcePrefix($0) }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        printed = printed.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("*** ") && !$0.hasPrefix("💣") }.joined(separator: "\n")
        trapped = !(signaled && status == SIGXFSZ)
        if !trapped {
            output = Self.shortened(printed)
            message = "the cell printed more than the output cap of \(Self.megabytes(outputCap)) and was stopped "
                + "(raise the cap with --output-cap MEGABYTES)"
        } else {
            output = printed
            let how = signaled ? "was killed by signal \(status) (\(Self.signalName(status)))" : "exited with status \(status)"
            message = runtimeMessage ?? "the lesson's process \(how) before the lesson finished"
        }
        line = backtrace.flatMap { Self.line(inBacktrace: $0, path: lesson.path) }
            ?? runtimeMessage.flatMap { Self.line(in: $0, path: lesson.path) }
    }

    /// `Swift/ContiguousArrayBuffer.swift:692: Fatal error: …` becomes `Fatal error: …`: the
    /// place the runtime names is inside the standard library or the module, never the lesson.
    static func withoutSourcePrefix(_ line: Substring) -> String {
        for marker in ["Fatal error", "Precondition failed", "Assertion failed"] {
            if let range = line.range(of: marker) { return String(line[range.lowerBound...]) }
        }
        return String(line)
    }

    /// The innermost frame of the crashed thread located in the lesson's file.
    static func line(inBacktrace data: Data, path: String) -> Int? {
        guard let report = try? JSONDecoder().decode(Backtrace.self, from: data) else { return nil }
        let crashed = report.threads.first { $0.crashed == true } ?? report.threads.first
        return crashed?.frames.lazy.compactMap(\.sourceLocation).first { $0.file == path || $0.file.hasSuffix("/" + path) }?.line
    }

    /// The first `path:LINE` in `text`.
    static func line(in text: String, path: String) -> Int? {
        guard let range = text.range(of: path + ":") else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL, a Swift runtime trap"
        case SIGTRAP: "SIGTRAP, a Swift runtime trap"
        case SIGSEGV: "SIGSEGV, a bad memory access"
        case SIGBUS: "SIGBUS, a bad memory access"
        case SIGABRT: "SIGABRT, an abort"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }

    private static func shortened(_ text: String) -> String {
        guard text.utf8.count > keptOutput else { return text }
        let kept = String(decoding: text.utf8.prefix(keptOutput), as: UTF8.self)
        return kept + "\n[… \(megabytes(text.utf8.count - keptOutput)) more, not kept]"
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(readableMegabytes(bytes)) MB" : "\(bytes / 1024) KB"
    }

    private static func readableMegabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// The parts of the runtime's JSON crash report that locate the crash.
    private struct Backtrace: Decodable {
        struct Thread: Decodable {
            let crashed: Bool?
            let frames: [Frame]
        }
        struct Frame: Decodable {
            let sourceLocation: Location?
        }
        struct Location: Decodable {
            let file: String
            let line: Int
        }
        let threads: [Thread]
    }
}

/// Reads what a capture file holds past a byte offset (after the child that wrote it died).
enum OutputCaptureFile {
    static func contents(of url: URL, after offset: Int) -> String {
        guard let data = FileManager.default.contents(atPath: url.path), data.count > offset else { return "" }
        return String(decoding: data.dropFirst(offset), as: UTF8.self)
    }
}
