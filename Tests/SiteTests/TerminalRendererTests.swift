import Foundation
import LessonFormat
import Notebook
import Site
import Testing

@Suite struct TerminalRendererTests {
    @Test func plainTextMatchesTheSnapshot() throws {
        let text = TerminalRenderer(run: try snapshotRun(), width: 60, style: TerminalStyle(color: false)).render()
        #expect(try matchesSnapshot(text, "05-snapshot.txt"), "run with RECORD_SNAPSHOTS=1 to accept the new text")
    }

    @Test func colourTextMatchesTheSnapshot() throws {
        let text = TerminalRenderer(run: try snapshotRun(), width: 60, style: TerminalStyle(color: true),
                                    showAnswers: true).render()
        #expect(try matchesSnapshot(text, "05-snapshot.ansi.txt"))
    }

    @Test func paragraphsAndCodeWrapToTheWidthAndFiguresAreNotRewrapped() throws {
        let text = TerminalRenderer(run: try snapshotRun(), width: 40, style: TerminalStyle(color: false),
                                    showAnswers: true).render()
        for line in text.split(separator: "\n") where !line.hasPrefix("layer") {
            #expect(line.count <= 40, "\(line)")
        }
        #expect(text.contains("layer 1 │███ 3"))
    }

    @Test func aLongCodeLineBreaksAtSpacesAndLosesNothing() throws {
        let run = try snapshotRun()
        let wide = TerminalRenderer(run: run, width: 400, style: TerminalStyle(color: false)).render()
        let narrow = TerminalRenderer(run: run, width: 24, style: TerminalStyle(color: false)).render()
        #expect(narrow.contains("\n  ┆     "), "a code line too long goes on, indented, behind a dotted gutter")
        for line in narrow.split(separator: "\n") where line.hasPrefix("  │ ") || line.hasPrefix("  ┆ ") {
            #expect(line.count <= 24, "\(line)")
        }
        func code(_ text: String) -> String {
            text.split(separator: "\n").filter { $0.hasPrefix("  │ ") || $0.hasPrefix("  ┆ ") }
                .map { $0.dropFirst(4).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                .split(separator: " ").joined(separator: " ")
        }
        #expect(code(narrow) == code(wide))
    }

    @Test func colourFollowsTheTerminalAndNoColor() {
        #expect(TerminalStyle.detect(isTTY: true, environment: [:]).color)
        #expect(!TerminalStyle.detect(isTTY: false, environment: [:]).color)
        #expect(!TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": "1"]).color)
        #expect(TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": ""]).color)
        #expect(!TerminalStyle.detect(isTTY: true, environment: ["TERM": "dumb"]).color)
    }
}
