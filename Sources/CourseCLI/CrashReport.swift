import Foundation
import LessonFormat

/// Makes sense of a child process that died: what the crashed cell printed before the end,
/// the runtime's message, and the Markdown line when the message names one.
struct CrashReport {
    /// What the cell printed before the crash.
    let output: String
    /// The runtime's message, or a description of how the process ended.
    let message: String
    /// The Markdown line named in the message, if any.
    let line: Int?

    init(lesson: Lesson, captured: String, log: String, status: Int32, signaled: Bool) {
        let text = captured + log
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let markers = ["Fatal error", "Precondition failed", "Assertion failed", "Program crashed", "💣"]
        if let start = lines.firstIndex(where: { line in markers.contains { line.contains($0) } }) {
            output = lines[..<start].joined(separator: "\n")
            message = lines[start...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            output = text
            let how = signaled ? "was killed by signal \(status) (\(Self.signalName(status)))" : "exited with status \(status)"
            message = "the lesson's process \(how) before the lesson finished"
        }
        line = Self.line(in: message, path: lesson.path)
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
        case SIGABRT: "SIGABRT, an abort"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }
}

/// Reads what a capture file holds past a byte offset (after the child that wrote it died).
enum OutputCaptureFile {
    static func contents(of url: URL, after offset: Int) -> String {
        guard let data = FileManager.default.contents(atPath: url.path), data.count > offset else { return "" }
        return String(decoding: data.dropFirst(offset), as: UTF8.self)
    }
}
