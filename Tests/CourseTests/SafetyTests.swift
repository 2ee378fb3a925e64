import Foundation
import Testing

/// `course` never deletes what it did not write, and stops cleanly when interrupted.
@Suite struct OutFolderTests {
    @Test func aFolderHoldingAnotherFileIsRefusedAndKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appending(path: "notes.txt")
        try "keep me".write(to: notes, atomically: true, encoding: .utf8)
        let transcript = try run(Programs.fixtures, ["build", "1", "--out", folder.path])
        #expect(transcript.status == 2)
        #expect(transcript.errors.contains("will not write the site into \(folder.path)"))
        #expect(transcript.errors.contains("did not write"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func aFileIsRefusedAndKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appending(path: "notes.txt")
        try "keep me".write(to: notes, atomically: true, encoding: .utf8)
        let transcript = try run(Programs.fixtures, ["build", "1", "--out", notes.path])
        #expect(transcript.status == 2)
        #expect(transcript.errors.contains("it is a file, not a folder"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "keep me")
    }

    @Test(arguments: [".", ".."])
    func theWorkingFolderAndItsParentsAreRefused(_ out: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appending(path: "project")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "source".write(to: inner.appending(path: "main.swift"), atomically: true, encoding: .utf8)
        let transcript = try run(Programs.fixtures, ["build", "1", "--out", out], in: inner)
        #expect(transcript.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inner.path) == ["main.swift"])
        #expect(FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aSiteIsReplacedAndAnEmptyFolderIsFilled() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(Programs.fixtures, ["build", "1", "--out", folder.path]).status == 0)
        #expect(try run(Programs.fixtures, ["build", "1", "1", "works", "--out", folder.path]).errors.contains("Built 1 lesson:"),
                "a lesson named three times runs once")
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: ".course-site").path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent)-staging") }, "no staging folder is left")
    }
}

@Suite(.serialized) struct InterruptionTests {
    /// A site built from fixture lesson 1, then a build of the lesson that never ends,
    /// started and watched until its lesson process runs.
    struct LoopingBuild {
        let folder: URL
        let site: URL
        let siteBefore: String
        let process = Process()
        let lesson: Int32

        init() throws {
            folder = try temporaryFolder()
            site = folder.appending(path: "site")
            #expect(try run(Programs.fixtures, ["build", "1", "--out", site.path]).status == 0)
            siteBefore = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
            process.executableURL = Programs.fixtures
            process.arguments = ["build", "5", "--out", site.path, "--budget", "120"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var child: Int32?
            for _ in 0..<200 where child == nil {
                usleep(50_000)
                child = InterruptionTests.children(of: process.processIdentifier).first
            }
            lesson = try #require(child, "the lesson process started")
        }

        /// Whether the lesson process is gone within two seconds.
        func lessonEnds() -> Bool {
            for _ in 0..<20 {
                if kill(lesson, 0) != 0 || InterruptionTests.isZombie(lesson) { return true }
                usleep(100_000)
            }
            return false
        }

        /// Whether a temporary folder of the build is left.
        func leftTemporaryFolder() throws -> Bool {
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                .contains { $0.hasPrefix("course-\(process.processIdentifier)-") }
        }

        func siteIsIntact() throws -> Bool {
            try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == siteBefore
        }
    }

    func interrupt(with signal: Int32, expecting status: Int32) throws {
        let build = try LoopingBuild()
        defer { try? FileManager.default.removeItem(at: build.folder) }
        kill(build.process.processIdentifier, signal)
        build.process.waitUntilExit()
        #expect(build.process.terminationStatus == status)
        #expect(build.lessonEnds(), "no lesson process is left 2 s after the interruption")
        #expect(try !build.leftTemporaryFolder(), "the temporary folder is removed")
        #expect(try build.siteIsIntact(), "the old site is intact")
    }

    @Test func sigintStopsEveryLessonAndExits130() throws { try interrupt(with: SIGINT, expecting: 130) }
    @Test func sigtermStopsEveryLessonAndExits143() throws { try interrupt(with: SIGTERM, expecting: 143) }
    @Test func sighupStopsEveryLessonAndExits129() throws { try interrupt(with: SIGHUP, expecting: 129) }

    /// SIGKILL gives the build no chance to clean up: its lesson dies by the parent-death
    /// signal, and the next build removes the temporary folder it left.
    @Test func aKilledBuildTakesItsLessonWithItAndTheNextBuildClearsItsFolder() throws {
        let build = try LoopingBuild()
        defer { try? FileManager.default.removeItem(at: build.folder) }
        kill(build.process.processIdentifier, SIGKILL)
        build.process.waitUntilExit()
        #expect(build.lessonEnds(), "no lesson process is left 2 s after its parent was killed")
        #expect(try build.leftTemporaryFolder(), "a killed build cannot clean up after itself")
        #expect(try run(Programs.fixtures, ["build", "1", "--out", build.site.path]).status == 0)
        #expect(try !build.leftTemporaryFolder(), "the next build removes the dead build's folder")
        #expect(try build.siteIsIntact(), "the site is the same lesson built again")
    }

    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }
}

@Suite struct TerminalSafetyTests {
    @Test func escapeSequencesALessonPrintsAreMadeVisible() throws {
        let transcript = try run(Programs.fixtures, ["run", "12"])
        #expect(transcript.status == 0)
        #expect(!transcript.output.contains("\u{1B}") && !transcript.output.contains("\u{07}"))
        #expect(transcript.output.contains("␛[31mred text␛[0m and a bell␇"))
    }
}

@Suite struct AnswersFromTheLastBuildTests {
    @Test func checkUsesTheRecordOfTheLastBuildAndRunsAgainOnlyWhenItDoesNotMatch() throws {
        // A copy of the binary of its own, so that its records are this test's alone.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appending(path: "course-fixtures")
        try FileManager.default.copyItem(at: Programs.fixtures, to: binary)
        #expect(try run(binary, ["build", "1", "--out", folder.appending(path: "site").path]).status == 0)
        let cached = try run(binary, ["check", "1", "total=10"])
        #expect(cached.status == 0)
        #expect(!cached.errors.contains("Running lesson"), "answered from the build's record")

        let entry = folder.appending(path: ".course-records/01-works.json")
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: entry)) as? [String: Any])
        json["lessonHash"] = "0"
        try JSONSerialization.data(withJSONObject: json).write(to: entry)
        let rerun = try run(binary, ["check", "1", "total=10"])
        #expect(rerun.status == 0)
        #expect(rerun.errors.contains("Running lesson 1 to compute its answers"), "a record of other text is not used")
    }
}
