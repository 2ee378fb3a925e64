import Foundation
import Notebook
import Testing

/// `course knobs` and `course run --set` on the fixture lesson with a knob of each kind
/// (`13-knobs.md`: rate, steps, halving, start), whose claim “the walk ends within 0.1 of
/// zero” holds at the defaults and fails at a lower rate.
@Suite(.serialized) struct KnobCommandTests {
    /// A copy of the fixtures binary of this suite's own, so that the published records it
    /// keeps beside itself are this suite's alone.
    static let binary: URL = {
        let folder = try! temporaryFolder()
        let binary = folder.appending(path: "course-fixtures")
        try! FileManager.default.copyItem(at: Programs.fixtures, to: binary)
        return binary
    }()

    private func publishedKnobs() throws -> [Knob] {
        let entry = Self.binary.deletingLastPathComponent().appending(path: ".course-records/13-knobs.json")
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: entry)) as? [String: Any])
        let record = try RunRecord.decoded(from: Data(try #require(json["record"] as? String).utf8))
        return record.knobs
    }

    @Test func knobsListsEachKnobWithItsDefaultValuesAndHelp() throws {
        let transcript = try run(Self.binary, ["knobs", "13"])
        #expect(transcript.status == 0)
        #expect(transcript.output == """
            Knobs of lesson 13, A lesson with knobs

              rate = 0.5  (a number in 0…2)
                share of the distance each step covers (Sources/FixtureBook/Lessons/13-knobs.md:8)

              steps = 8  (a whole number in 1…40)
                how many steps the walk takes (Sources/FixtureBook/Lessons/13-knobs.md:9)

              halving = false  (true or false)
                halve the rate after every step (Sources/FixtureBook/Lessons/13-knobs.md:10)

              start = far  (one of near, far)
                where the walk starts (Sources/FixtureBook/Lessons/13-knobs.md:11)

            Run the lesson with other values, for example:
              course run 13 --set rate=0

            """)
        #expect(try run(Self.binary, ["knobs", "1"]).output == "Lesson 1 has no knobs.\n")
    }

    @Test func runWithSettingsShowsThemRecomputesAndSaysWhatChanged() throws {
        let transcript = try run(Self.binary, ["run", "13", "--set", "rate=0.1", "halving=true"])
        #expect(transcript.status == 0, "a claim that fails under a learner's setting is a finding, not an error")
        let output = transcript.output
        #expect(output.hasPrefix("Lesson 13 with rate = 0.1 (default 0.5), halving = true (default false)\n"))
        #expect(output.contains("  ⚙ knob rate = 0.1 (set; default 0.5)"))
        #expect(output.contains("distance left: 8.13592881582545"), "the cell ran with the settings")
        #expect(output.contains("After 8 steps the walk is 8.14 from zero."), "inline values are recomputed")
        #expect(output.contains("▸ rate = 0.25  (frame 1 of 4; the page has a slider)"))
        #expect(output.contains("  ✗ the walk ends within 0.1 of zero (measured 8.14, expected 0…0.1;"))
        #expect(output.hasSuffix("""
            What changed
            ────────────
            With rate = 0.1, halving = true, 1 claim changed verdict against the published
            run:
              ✗ the walk ends within 0.1 of zero (measured 8.14; 0.0391 as published;
                Sources/FixtureBook/Lessons/13-knobs.md:32)

            """))
        #expect(!transcript.errors.contains("✗"), "nothing is reported as a problem")
    }

    @Test func aSettingThatKeepsEveryVerdictSaysSo() throws {
        let transcript = try run(Self.binary, ["run", "13", "--set", "start=near", "--set", "steps=12", "--width", "130"])
        #expect(transcript.status == 0)
        #expect(transcript.output.contains("distance left: 0.000244140625"))
        #expect(transcript.output.hasSuffix(
            "With start = near, steps = 12, every claim has the verdict it had in the published run (2 claims checked).\n"))
    }

    @Test func aLessonThatCrashesUnderASettingReportsItAsUsual() throws {
        let transcript = try run(Self.binary, ["run", "13", "--set", "rate=1"])
        #expect(transcript.status == 1)
        #expect(transcript.errors.contains("13-knobs.md:25 the lesson crashed: Fatal error: Double value cannot be converted to Int"))
        #expect(transcript.output.contains("  ✗ stopped at Sources/FixtureBook/Lessons/13-knobs.md:25:"))
        #expect(transcript.output.contains("""
            With rate = 1, 2 claims changed verdict against the published run:
              – the walk ends within 0.1 of zero (not reached in this run; 0.0391 as
            """), "the summary names the claims the run no longer reached")
    }

    @Test func badSettingsExitTwoListingTheValidKnobs() throws {
        let knobs = """
            The knobs of lesson 13:
              rate     a number in 0…2 (default 0.5)
              steps    a whole number in 1…40 (default 8)
              halving  true or false (default false)
              start    one of near, far (default far)
            """
        let cases = [
            ("nosie=1", "error: lesson 13 has no knob “nosie”."),
            ("rate=fast", "error: rate takes a number in 0…2; “fast” is not a number."),
            ("steps=2.5", "error: steps takes a whole number in 1…40; “2.5” is not a whole number."),
            ("rate=3", "error: rate takes a number in 0…2; 3 is out of range."),
            ("halving=maybe", "error: halving takes true or false; “maybe” is neither."),
            ("start=middle", "error: start takes one of near, far; “middle” is not one of them."),
            ("rate", "error: “rate” is not NAME=VALUE."),
        ]
        for (setting, message) in cases {
            let transcript = try run(Self.binary, ["run", "13", "--set", setting])
            #expect(transcript.status == 2, "\(setting)")
            #expect(transcript.errors.contains(message + " " + knobs), "\(transcript.errors)")
            #expect(transcript.output.isEmpty, "nothing runs")
        }
        let none = try run(Self.binary, ["run", "1", "--set", "rate=1"])
        #expect(none.status == 2 && none.errors.contains("error: lesson 1 has no knobs to set"))
    }

    @Test func aRunWithSettingsLeavesThePublishedRecordAlone() throws {
        #expect(try run(Self.binary, ["knobs", "13"]).status == 0)
        #expect(try publishedKnobs().map(\.value) == ["0.5", "8", "false", "far"])
        #expect(try run(Self.binary, ["run", "13", "--set", "rate=2", "start=near"]).status == 0)
        #expect(try publishedKnobs().map(\.value) == ["0.5", "8", "false", "far"],
                "course check and course quiz still answer from the published run")
    }

    @Test func theRecordHoldsEveryFrameOfTheExplorable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordURL = folder.appending(path: "record.json")
        let child = try run(Self.binary, ["_execute", "13-knobs.md", "--record", recordURL.path,
                                          "--capture", folder.appending(path: "capture.txt").path])
        #expect(child.status == 0)
        let record = try RunRecord.decoded(from: Data(contentsOf: recordURL))
        let figure = try #require(record.cells.flatMap(\.outputs).compactMap { output -> FigureData? in
            if case .figure(_, _, let data) = output { data } else { nil }
        }.first)
        guard case .explorable(let explorable) = figure else { Issue.record("not an explorable"); return }
        #expect(explorable.frames.map(\.value) == ["0.25", "0.5", "1", "1.5"])
        #expect(explorable.initial == 1)
        #expect(explorable.frames.map(\.kind) == Array(repeating: "line-plot", count: 4))
        #expect(explorable.frames[2].text.contains("Distance left at rate 1.0"))
    }

    @Test func twoBuildsOfThePageWithKnobsAndFramesAreByteIdentical() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try ["a", "b"].map { name in
            let site = folder.appending(path: name)
            #expect(try run(Self.binary, ["build", "13", "--out", site.path]).status == 0)
            return try Data(contentsOf: site.appending(path: "13-knobs.html"))
        }
        #expect(pages[0] == pages[1])
    }
}
