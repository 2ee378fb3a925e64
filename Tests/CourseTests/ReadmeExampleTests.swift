import Foundation
import Testing

/// The README's examples must keep compiling against the package as it is.
@Suite struct ReadmeExampleTests {
    private let readme = try! String(contentsOf: Programs.packageRoot.appending(path: "README.md"), encoding: .utf8)

    @Test func theEngineExampleTypeChecks() throws {
        // Fences at the start of a line only: the lesson-format example nests indented ones.
        let blocks = readme.components(separatedBy: "\n```swift\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        let example = try #require(blocks.first { $0.contains("import Engine") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "main.swift")
        try example.write(to: file, atomically: true, encoding: .utf8)
        let check = try typeCheck(file)
        #expect(check.status == 0, "\(check.errors)")
    }

    /// The lesson-format example of knobs and an explorable figure, compiled as a lesson.
    @Test func theKnobsAndExplorableExampleTypeChecksAsALesson() throws {
        let start = try #require(readme.range(of: "  ````markdown\n"))
        let end = try #require(readme[start.upperBound...].range(of: "\n  ````\n"))
        // The example is indented two spaces, inside a list item.
        let lines = readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        let markdown = lines.map { line in line.hasPrefix("  ") ? String(line.dropFirst(2)) : String(line) }
            .joined(separator: "\n")
        #expect(markdown.contains("knob(") && markdown.contains("Explorable("))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appending(path: "95-readme.md")
        try ("# The README's example\n\n" + markdown + "\n").write(to: lesson, atomically: true, encoding: .utf8)
        let generated = folder.appending(path: "95-readme.swift")
        let compile = try run(Programs.lessonCompiler,
                              ["lesson", lesson.path, "--path", "Lessons/95-readme.md", "--output", generated.path])
        #expect(compile.status == 0, "\(compile.errors)")
        let check = try typeCheck(generated, flags: ["-default-isolation", "MainActor"])
        #expect(check.status == 0, "\(check.errors)")
    }
}
