import Foundation
import Testing

@Suite struct CourseCommandTests {
    @Test func listShowsEveryLessonWithItsCells() throws {
        let transcript = try run(Programs.fixtures, ["list"])
        #expect(transcript.status == 0)
        let lines = transcript.output.split(separator: "\n")
        #expect(lines.count == 2 + 14)
        #expect(lines[2].contains("01") && lines[2].contains("works") && lines[2].contains("A lesson that works"))
        #expect(lines[2].hasSuffix("7"), "lesson 1 has seven cells")
    }

    @Test func anUnknownLessonListsTheValidNames() throws {
        for command in ["run", "quiz", "build"] {
            let transcript = try run(Programs.fixtures, [command, "vanishing"])
            #expect(transcript.status == 2, "\(command)")
            #expect(transcript.errors.contains("no lesson is called “vanishing”"))
            #expect(transcript.errors.contains("01  works"))
        }
    }

    @Test func lessonsAreNamedByNumberPaddedNumberOrId() throws {
        for name in ["1", "01", "works", "01-works"] {
            let transcript = try run(Programs.fixtures, ["run", name])
            #expect(transcript.status == 0, "\(name)")
            #expect(transcript.output.hasPrefix("A LESSON THAT WORKS"))
        }
    }

    @Test func runPrintsTheLessonWithItsOutputsWrappedToTheWidth() throws {
        let transcript = try run(Programs.fixtures, ["run", "1", "--width", "60"])
        #expect(transcript.output.contains("  │ let numbers = [1.0, 2.0, 3.0, 4.0]"))
        #expect(transcript.output.contains("total: 10.0"))
        #expect(transcript.output.contains("The total is 10 and half of it is 5."))
        #expect(transcript.output.contains("✓ the hidden answer is 42"))
        #expect(!transcript.output.contains("\u{1B}["), "NO_COLOR turns colour off")
        for line in transcript.output.split(separator: "\n") where !line.hasPrefix("  │") {
            #expect(line.count <= 72, "\(line)")
        }
    }

    @Test func runOfAFailingLessonShowsTheFailureAndExitsOne() throws {
        let transcript = try run(Programs.fixtures, ["run", "2"])
        #expect(transcript.status == 1)
        #expect(transcript.output.contains("✗ stopped at Sources/FixtureBook/Lessons/02-traps.md:15"))
        #expect(transcript.output.contains("before the trap"))
    }

    @Test func buildingNamedLessonsKeepsTheOtherPages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        _ = try run(Programs.fixtures, ["build", "--out", site.path, "1", "3"])
        let first = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(first == [".course-site", "01-works.html", "03-broken-claim.html", "course.css", "course.js", "index.html",
                          "search-index.js"])
        let index = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
        #expect(index.contains("href=\"03-broken-claim.html\"") && !index.contains("href=\"02-traps.html\""),
                "a new site of some lessons links only to their pages")
        let second = try run(Programs.fixtures, ["build", "--out", site.path, "4"])
        #expect(second.status == 1)
        let after = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(after == [".course-site", "01-works.html", "03-broken-claim.html", "04-throws.html", "course.css", "course.js",
                          "index.html", "search-index.js"])
    }

    @Test func helpIsAvailableForEveryCommand() throws {
        for command in ["list", "build", "run", "knobs", "quiz", "check"] {
            let transcript = try run(Programs.course, [command, "--help"])
            #expect(transcript.status == 0, "\(command)")
            #expect(transcript.output.contains("USAGE: course \(command)"))
        }
    }
}
