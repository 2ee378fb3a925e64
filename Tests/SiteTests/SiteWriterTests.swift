import Foundation
import Site
import Testing

@Suite struct SiteWriterTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "site-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aSiteIsReplacedWholeAndCarriesTheAssets() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appending(path: "site")
        let writer = SiteWriter(destination: site)
        try writer.write(pages: ["index.html": "one", "01-a.html": "a"], keepOthers: false)
        try writer.write(pages: ["index.html": "two"], keepOthers: false)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(names == ["course.css", "course.js", "index.html"])
        #expect(try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"], "no staging folder is left")
    }

    @Test func keepingOthersCarriesOverPagesThatWereNotRebuilt() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appending(path: "site")
        let writer = SiteWriter(destination: site)
        try writer.write(pages: ["index.html": "one", "01-a.html": "a", "02-b.html": "b"], keepOthers: false)
        try writer.write(pages: ["index.html": "two", "02-b.html": "b2"], keepOthers: true)
        #expect(try String(contentsOf: site.appending(path: "01-a.html"), encoding: .utf8) == "a")
        #expect(try String(contentsOf: site.appending(path: "02-b.html"), encoding: .utf8) == "b2")
    }

    @Test func aFailedWriteLeavesThePreviousSiteUntouched() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appending(path: "site")
        let writer = SiteWriter(destination: site)
        try writer.write(pages: ["index.html": "good"], keepOthers: false)
        #expect(throws: SiteError.self) {
            try writer.write(pages: ["index.html": "bad", "no/such/folder.html": "x"], keepOthers: false)
        }
        #expect(try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"], "no staging folder is left")
    }
}
