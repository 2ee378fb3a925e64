import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `course-preview` on the fixture book: served on a free port, the lesson edited, the
/// served page changed, a compile error shown in the page and recovered from, and Ctrl-C.
///
/// The preview rebuilds the fixture program with SwiftPM, in a build folder of its own
/// (`.build-preview-test`), so that it never replaces a program other tests are running.
/// Its first build there compiles the package once; later ones recompile the lesson only.
@Suite(.serialized) struct PreviewTests {
    static let lesson = Programs.packageRoot.appending(path: "Sources/FixtureBook/Lessons/14-preview.md")

    @Test func anEditedLessonIsRebuiltAndServedAndACompileErrorIsShownUntilItIsFixed() throws {
        let original = try String(contentsOf: Self.lesson, encoding: .utf8)
        defer { try? original.write(to: Self.lesson, atomically: true, encoding: .utf8) }
        // Notes beside the lessons are no lesson: the build goes on and says so. The name is new
        // on every run: the plugin, which warns, runs again only when the list of files changes.
        let notesName = "NOTES-\(UUID().uuidString.prefix(8)).md"
        let notes = Self.lesson.deletingLastPathComponent().appending(path: notesName)
        try "Notes about the fixtures, not a lesson.\n".write(to: notes, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: notes) }

        let preview = Process()
        preview.executableURL = Programs.buildFolder.appending(path: "course-preview")
        preview.arguments = [
            "14", "--port", "0", "--package-path", Programs.packageRoot.path,
            "--lessons", "Sources/FixtureBook/Lessons", "--product", "course-fixtures",
            "--configuration", "debug", "--scratch-path", ".build-preview-test",
        ]
        let output = OutputBuffer()
        let pipe = Pipe()
        pipe.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        preview.standardOutput = pipe
        preview.standardError = pipe
        try preview.run()
        defer { if preview.isRunning { preview.terminate() } }

        let address = try #require(output.waitFor(#"http://127\.0\.0\.1:[0-9]+/"#, seconds: 60), "\(output.text)")
        let page = URL(string: address + "14-preview.html")!
        // The first build compiles the package into the test's own build folder.
        #expect(waitUntil(page, contains: "first version", seconds: 1200), "\(output.text)")
        #expect(try get(page).contains("the answer is 42"))
        #expect(output.text.contains("Sources/FixtureBook/Lessons/\(notesName) is not a lesson and is ignored"), "\(output.text)")

        try original.replacingOccurrences(of: "first version", with: "second version")
            .write(to: Self.lesson, atomically: true, encoding: .utf8)
        #expect(waitUntil(page, contains: "second version", seconds: 300), "\(output.text)")

        try original.replacingOccurrences(of: "let answer = 6 * 7", with: "let answer: Int = \"six\"")
            .write(to: Self.lesson, atomically: true, encoding: .utf8)
        #expect(waitUntil(page, contains: "does not compile", seconds: 300), "\(output.text)")
        let report = try get(page)
        #expect(report.contains("14-preview.md:6:19: error: cannot convert value of type"), "\(report)")
        #expect(output.text.contains("14-preview.md:6:19: error:"), "the terminal shows the error too")

        try original.write(to: Self.lesson, atomically: true, encoding: .utf8)
        #expect(waitUntil(page, contains: "first version", seconds: 300), "the next save recovers")

        kill(preview.processIdentifier, SIGINT)
        preview.waitUntilExit()
        #expect(preview.terminationStatus == 130)
        let folder = FileManager.default.temporaryDirectory.appending(path: "course-preview-\(preview.processIdentifier)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "the preview's folder is removed")
    }

    private func waitUntil(_ url: URL, contains text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let body = try? get(url), body.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.5)
        }
        return false
    }

    private func get(_ url: URL) throws -> String {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<String, any Error> = .failure(URLError(.timedOut))
        URLSession.shared.dataTask(with: url) { data, _, error in
            result = data.map { .success(String(decoding: $0, as: UTF8.self)) } ?? .failure(error ?? URLError(.badServerResponse))
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 30)
        return try result.get()
    }
}

/// What a running program has written so far, filled from a pipe's handler.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// The first match of `pattern` once it has been written, waiting up to `seconds`.
    func waitFor(_ pattern: String, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = text.range(of: pattern, options: .regularExpression) { return String(text[range]) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }
}
