import Foundation
import Testing

/// Builds the real course twice and reads the pages.
@Suite(.serialized) struct CourseSiteTests {
    @Test func theCourseBuildsAndTwoBuildsAreByteIdentical() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appending(path: "first")
        let second = folder.appending(path: "second")
        let transcript = try run(Programs.course, ["build", "--out", first.path])
        #expect(transcript.status == 0, "\(transcript.errors)")
        #expect(transcript.errors.contains("Built "))
        _ = try run(Programs.course, ["build", "--out", second.path])

        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(names.contains("index.html"))
        #expect(names.contains("00-how-this-course-works.html"))
        for name in names {
            let a = try Data(contentsOf: first.appending(path: name))
            let b = try Data(contentsOf: second.appending(path: name))
            #expect(a == b, "\(name) differs between two builds")
        }
        let index = try String(contentsOf: first.appending(path: "index.html"), encoding: .utf8)
        #expect(index.contains("href=\"00-how-this-course-works.html\""))
        #expect(!index.contains("href=\"/"), "links are relative, so pages work from file://")
    }
}
