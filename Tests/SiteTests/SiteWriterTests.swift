import Foundation
@testable import Site
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
        #expect(names == [".course-site", "course.css", "course.js", "index.html"])
        #expect(try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site-lock", "site"],
                "no staging folder is left")
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site-lock", "site"],
                "no staging folder is left")
    }

    @Test func aFolderWithOtherFilesIsRefusedAndLeftAsItWas() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appending(path: "notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try "mine".write(to: notes.appending(path: "todo.txt"), atomically: true, encoding: .utf8)
        #expect {
            try SiteWriter(destination: notes).write(pages: ["index.html": "x"], keepOthers: false)
        } throws: { error in
            guard case .refusedDestination(let path, let reason) = error as? SiteError else { return false }
            return path == notes.path && reason.contains("did not write")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: notes.path) == ["todo.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes"], "not even a lock file")
    }

    @Test func stagingFoldersOfKilledBuildsAreRemoved() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let debris = root.appending(path: ".site-staging-999999")
        try FileManager.default.createDirectory(at: debris, withIntermediateDirectories: true)
        try SiteWriter(destination: root.appending(path: "site")).write(pages: ["index.html": "x"], keepOthers: false)
        #expect(!FileManager.default.fileExists(atPath: debris.path))
    }

    @Test func aSecondBuildIntoTheSameFolderWaitsForTheFirst() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appending(path: "site")
        let held = try FolderLock(root.appending(path: ".site-lock"), waiting: {})
        let waited = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? SiteWriter(destination: site).write(pages: ["index.html": "second"], keepOthers: false) { waited.signal() }
            finished.signal()
        }
        #expect(waited.wait(timeout: .now() + 10) == .success, "the second build says it is waiting")
        #expect(!FileManager.default.fileExists(atPath: site.path), "and writes nothing while the first holds the folder")
        held.release()
        #expect(finished.wait(timeout: .now() + 10) == .success)
        #expect(try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == "second")
    }
}
