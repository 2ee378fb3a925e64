import Foundation
import Testing
@testable import LessonGenerator
import LessonFormat

/// Set `RECORD_SNAPSHOTS=1` to rewrite golden files from the current output, on purpose.
let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

@Suite struct SwiftGeneratorTests {
    @Test func generatedSwiftMatchesTheGoldenFile() throws {
        let source = try String(contentsOf: golden.appending(path: "07-golden.md"), encoding: .utf8)
        let lesson = try LessonParser.parse(source: source, path: "Lessons/07-golden.md")
        let generated = try SwiftGenerator(lesson: lesson).generate()
        let expectedURL = golden.appending(path: "07-golden.swift.txt")
        if recording { try generated.write(to: expectedURL, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(generated == expected, "run with RECORD_SNAPSHOTS=1 to accept the new output")
    }

    @Test func everyPieceOfLessonCodeIsPrecededByItsMarkdownLine() throws {
        let source = try String(contentsOf: golden.appending(path: "07-golden.md"), encoding: .utf8)
        let lesson = try LessonParser.parse(source: source, path: "Lessons/07-golden.md")
        let generated = try SwiftGenerator(lesson: lesson).generate()
        let lines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        // Cells start on the marked line; an inline value's call takes the line above its own.
        for (marker, code, below) in [("line: 5)", "struct Point", 2), ("line: 10)", "let p = Point", 1),
                                      ("line: 13)", "p.x", 2), ("line: 21)", "let q", 1), ("line: 25)", "q", 2),
                                      ("line: 26)", "q", 2), ("line: 2)", "1 + 1", 2), ("line: 29)", "q + 1", 2)] {
            let position = lines.firstIndex { $0.hasPrefix("#sourceLocation(file: \"Lessons/07-golden.md\", \(marker)") }
            #expect(position.map { lines[$0 + below].contains(code) } == true, "\(marker) should precede \(code)")
        }
        let body = try #require(generated.range(of: "private func lesson07Body"))
        #expect(!generated[body.lowerBound...].contains("not compiled"), "norun cells are not compiled")
        #expect(!generated.contains("/work/"), "paths must be relative to the package")
    }

    @Test func valuesRunAfterTheCellBeforeThemAndQuizKeysBeforeTheirExplanations() throws {
        let source = try String(contentsOf: golden.appending(path: "07-golden.md"), encoding: .utf8)
        let generated = try SwiftGenerator(lesson: LessonParser.parse(source: source, path: "Lessons/07-golden.md")).generate()
        func at(_ text: String) -> String.Index? { generated.range(of: text)?.lowerBound }
        let order = ["recordValue(0,", "startCell(1)", "recordValue(1,", "recordValue(2,", "startCell(3)",
                     "recordQuizKey(0,", "recordValue(3,", "recordValue(4,"]
        let positions = order.compactMap(at)
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test func theMarkdownIsInAFileOfItsOwnSoAProseEditLeavesTheCodeAlone() throws {
        let source = try String(contentsOf: golden.appending(path: "07-golden.md"), encoding: .utf8)
        let original = SwiftGenerator(lesson: try LessonParser.parse(source: source, path: "Lessons/07-golden.md"))
        let sentence = "What is three times x?"
        #expect(source.contains(sentence))
        let edited = SwiftGenerator(lesson: try LessonParser.parse(
            source: source.replacingOccurrences(of: sentence, with: "How much is x times three?"),
            path: "Lessons/07-golden.md"))
        let text = original.generateText()
        #expect(text.contains("nonisolated func lesson07Source() -> String {\n    " + stringLiteral(source) + "\n}"))
        #expect(try !original.generate().contains(sentence))
        #expect(try edited.generate() == original.generate(), "a prose edit that moves no line changes no code")
        #expect(edited.generateText() != text)
        let moved = SwiftGenerator(lesson: try LessonParser.parse(source: "\n" + source, path: "Lessons/07-golden.md"))
        #expect(try moved.generate() != original.generate(), "a new line moves every #sourceLocation after it")
    }

    @Test func stringLiteralsSurviveQuotesAndBackslashHashes() {
        #expect(stringLiteral("plain") == "#\"plain\"#")
        #expect(stringLiteral("a \"# b") == "##\"a \"# b\"##")
        #expect(stringLiteral("x \\#( y") == "##\"x \\#( y\"##")
        #expect(stringLiteral("two\nlines") == "#\"\"\"\ntwo\nlines\n\"\"\"#")
    }
}

@Suite struct RegistryGeneratorTests {
    @Test func listsLessonsInNumberOrder() throws {
        let text = try RegistryGenerator(fileNames: ["10-ten.md", "02-two.md", "00-zero.md"]).generate()
        #expect(text.contains("[lesson00, lesson02, lesson10]"))
    }

    @Test func rejectsDuplicateNumbersAndBadNames() {
        #expect(throws: LessonFormatError.self) { try RegistryGenerator(fileNames: ["02-a.md", "02-b.md"]).generate() }
        #expect(throws: LessonFormatError.self) { try RegistryGenerator(fileNames: ["notes.md"]).generate() }
    }
}
