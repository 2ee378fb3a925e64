import Foundation
import Testing

/// A type error in a fence must be reported at the Markdown line: the lesson compiler's
/// output is type-checked against the built modules, as SwiftPM compiles it in a build.
@Suite struct TypeErrorTests {
    @Test func aTypeErrorInAFenceIsReportedAtTheMarkdownLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appending(path: "98-type-error.md")
        try """
            # A lesson with a type error

            Some prose.

            ```swift
            let count: Int = 3
            let wrong: String = count + 1
            ```
            """.write(to: lesson, atomically: true, encoding: .utf8)
        let generated = folder.appending(path: "98-type-error.swift")
        let compile = try run(Programs.lessonCompiler,
                              ["lesson", lesson.path, "--path", "Lessons/98-type-error.md", "--output", generated.path])
        #expect(compile.status == 0, "\(compile.errors)")

        let check = try typeCheck(generated, flags: [
            "-default-isolation", "MainActor", "-Xfrontend", "-diagnostic-style", "-Xfrontend", "llvm",
        ])
        #expect(check.status != 0)
        #expect(check.errors.contains("Lessons/98-type-error.md:7:"), "\(check.errors)")
        #expect(check.errors.contains("cannot convert value of type 'Int' to specified type 'String'"))
    }

    @Test func aFormatErrorIsReportedByTheLessonCompilerAtTheMarkdownLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appending(path: "97-unclosed.md")
        try "# Unclosed\n\n```swift\nlet a = 1\n".write(to: lesson, atomically: true, encoding: .utf8)
        let compile = try run(Programs.lessonCompiler, ["lesson", lesson.path, "--path", "Lessons/97-unclosed.md",
                                                        "--output", folder.appending(path: "out.swift").path])
        #expect(compile.status == 1)
        #expect(compile.errors.hasPrefix("Lessons/97-unclosed.md:3: error: this ```swift fence is never closed"))
    }
}
