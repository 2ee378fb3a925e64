import Foundation
import Testing

/// The README's examples must keep compiling against the toolchain and the engine as they are.
@Suite struct ReadmeExampleTests {
    static let readme = (try? String(contentsOf: Programs.packageRoot.appending(path: "README.md"), encoding: .utf8)) ?? ""

    /// The author's reference: the README from "## Writing a lesson" to the next `## ` section.
    static let authorsReference: String = {
        guard let start = readme.range(of: "## Writing a lesson\n") else { return "" }
        let rest = readme[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }()

    /// The blocks fenced with `fence` + `language` in `text`.
    static func blocks(_ language: String, fence: String, in text: String) -> [String] {
        text.components(separatedBy: "\n\(fence)\(language)\n").dropFirst().map { $0.components(separatedBy: "\n\(fence)\n")[0] }
    }

    @Test func theEngineExampleTypeChecks() throws {
        let example = try #require(Self.blocks("swift", fence: "```", in: Self.readme).first { $0.contains("import Engine") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "main.swift")
        try example.write(to: file, atomically: true, encoding: .utf8)
        let check = try typeCheck([file])
        #expect(check.status == 0, "\(check.errors)")
    }

    @Test func everyExampleLessonInTheAuthorsReferenceCompiles() throws {
        let lessons = Self.blocks("markdown", fence: "````", in: Self.authorsReference)
        #expect(lessons.count >= 4, "the reference shows whole lessons")
        for (position, markdown) in lessons.enumerated() {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let lesson = folder.appending(path: "90-example.md")
            try markdown.write(to: lesson, atomically: true, encoding: .utf8)
            let (compile, generated) = try compileLesson(lesson, path: "Lessons/90-example.md", into: folder)
            #expect(compile.status == 0, "example lesson \(position + 1): \(compile.errors)")
            guard compile.status == 0 else { continue }
            let check = try typeCheck(generated, flags: ["-default-isolation", "MainActor"])
            #expect(check.status == 0, "example lesson \(position + 1): \(check.errors)")
        }
    }

    @Test func everySwiftExampleInTheAuthorsReferenceTypeChecksAsACell() throws {
        // The Swift blocks of the reference itself, not the cells inside its example lessons.
        let outside = Self.authorsReference.components(separatedBy: "\n````markdown\n").enumerated()
            .map { $0.offset == 0 ? $0.element : $0.element.components(separatedBy: "\n````\n").dropFirst().joined() }
            .joined(separator: "\n")
        let cells = Self.blocks("swift", fence: "```", in: outside)
        #expect(!cells.isEmpty)
        for cell in cells {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appending(path: "cell.swift")
            try "import Foundation\nimport Engine\nimport Notebook\n\nfunc cell() throws {\n\(cell)\n}\n"
                .write(to: file, atomically: true, encoding: .utf8)
            let check = try typeCheck([file], flags: ["-default-isolation", "MainActor", "-parse-as-library"])
            #expect(check.status == 0, "\(check.errors)")
        }
    }
}
