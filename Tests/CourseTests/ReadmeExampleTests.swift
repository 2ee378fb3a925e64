import Foundation
import Testing

/// The README's engine example must keep compiling against the engine as it is.
@Suite struct ReadmeExampleTests {
    @Test func theEngineExampleTypeChecks() throws {
        let readme = try String(contentsOf: Programs.packageRoot.appending(path: "README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        let example = try #require(blocks.first { $0.contains("import Engine") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "main.swift")
        try example.write(to: file, atomically: true, encoding: .utf8)
        let check = try typeCheck(file)
        #expect(check.status == 0, "\(check.errors)")
    }
}
