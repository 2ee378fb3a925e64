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
        let (compile, generated) = try compileLesson(lesson, path: "Lessons/98-type-error.md", into: folder)
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
        let compile = try compileLesson(lesson, path: "Lessons/97-unclosed.md", into: folder).transcript
        #expect(compile.status == 1)
        #expect(compile.errors.hasPrefix("Lessons/97-unclosed.md:3: error: this ```swift fence is never closed"))
    }

    /// Compiles `markdown` as `Lessons/96-values.md` and type-checks the result.
    private func compileErrors(_ markdown: String) throws -> (compiler: Transcript, check: Transcript?) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appending(path: "96-values.md")
        try markdown.write(to: lesson, atomically: true, encoding: .utf8)
        let (compile, generated) = try compileLesson(lesson, path: "Lessons/96-values.md", into: folder)
        guard compile.status == 0 else { return (compile, nil) }
        let check = try typeCheck(generated, flags: [
            "-default-isolation", "MainActor", "-Xfrontend", "-diagnostic-style", "-Xfrontend", "llvm",
        ])
        return (compile, check)
    }

    static let cell = "# Values\n\n```swift\nlet width = 3\n```\n\n"

    @Test(arguments: [
        ("Unknown: `= heigth * 2`.", "Lessons/96-values.md:7:13: error: cannot find 'heigth' in scope"),
        ("Typed: `= width + \"px\"`.", "Lessons/96-values.md:7:17: error: binary operator '+' cannot be applied"),
        ("Doubled: `= width + * 2`.", "Lessons/96-values.md:7:"),
    ])
    func aCompileErrorInAnInlineValueIsReportedAtItsOwnLineAndColumn(_ prose: String, _ expected: String) throws {
        let (compiler, check) = try compileErrors(Self.cell + prose + "\n\nAfter.\n")
        #expect(compiler.status == 0)
        let errors = try #require(check).errors
        #expect(errors.contains(expected), "\(errors)")
        #expect(!errors.contains(".swift:") && !errors.contains("#sourceLocation"), "no diagnostic names generated code")
    }

    @Test(arguments: [
        ("Broken: `= width +`.", "7:18: error: this inline value ends with `+`: it needs to be a complete expression"),
        ("Unbalanced: `= (width`.", "7:16: error: this inline value opens `(` without closing it"),
        ("Closed: `= width)`.", "7:17: error: this inline value closes `)` without opening it"),
        ("Quoted: `= \"width`.", "7:12: error: this inline value has a string that is never closed"),
        ("Noted: `= width // pixels`.", "7:17: error: this inline value holds a comment"),
    ])
    func aSyntaxErrorInAnInlineValueIsReportedByTheLessonCompilerAtItsColumn(_ prose: String, _ expected: String) throws {
        let (compiler, check) = try compileErrors(Self.cell + prose + "\n\nAfter.\n")
        #expect(check == nil)
        #expect(compiler.status == 1)
        #expect(compiler.errors.hasPrefix("Lessons/96-values.md:" + expected), "\(compiler.errors)")
    }

    @Test func aNameDeclaredLaterIsExplainedByTheLessonCompiler() throws {
        let (compiler, check) = try compileErrors(Self.cell + "Early: `= later + width`.\n\n```swift\nlet later = 1\n```\n")
        #expect(check == nil)
        #expect(compiler.status == 1)
        #expect(compiler.errors.hasPrefix("Lessons/96-values.md:7:11: error: `later` is declared later, at line 10; "
            + "an inline value sees only the cells above it"))
    }
}
