import Foundation
import LessonFormat
import LessonFuzz
import Testing

/// The corpus the fuzz target starts from (`make fuzz`), kept as inputs the readers of a
/// lesson must agree on.
let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Corpus")

/// Checks the corpus file `name`.
func check(_ name: String) throws -> ReadingReport {
    ReadingCheck.check(Array(try Data(contentsOf: corpus.appending(path: name))))
}

/// The inputs on which the readers once disagreed (issue 11, item 7), each kept in the
/// corpus: the parser, the generator, the terminal renderer, `renderHTML` and the page now
/// read each of them the same way.
@Suite struct ReadingAgreementTests {
    @Test func anInlineValueInImageAltTextIsAnErrorAtItsLineForEveryReader() throws {
        let report = try check("image-alt-value.md")
        #expect(report.problems == [])
        #expect(report.error?.line == 3)
        #expect(report.parts == [])
    }

    @Test func aCodeSpanBrokenOverLinesShiftsNoLaterLine() throws {
        let report = try check("code-span-across-lines.md")
        #expect(report.problems == [])
        #expect(report.parts == [.value(0), .value(1), .value(2), .quiz(0), .value(3), .value(4), .value(5), .value(6)])
    }

    @Test func aFenceInAListInAListIsACellForEveryReader() throws {
        let report = try check("fence-in-nested-list.md")
        #expect(report.problems == [])
        #expect(report.error == nil)
        #expect(report.parts == [.cell(0), .cell(1), .value(0)])
    }

    @Test func aFenceInAQuoteInAListIsACellForEveryReader() throws {
        let report = try check("fence-in-quote-in-list.md")
        #expect(report.problems == [])
        #expect(report.error == nil)
        #expect(report.parts == [.cell(0), .cell(1), .value(0)])
    }

    @Test func aFenceEndedByItsContainerIsNeverClosed() throws {
        let report = try check("fence-ended-by-container.md")
        #expect(report.problems == [])
        #expect(report.error?.line == 3)
        #expect(report.error?.message.contains("never closed") == true)
    }

    @Test(arguments: try FileManager.default.contentsOfDirectory(atPath: corpus.path()).sorted())
    func theReadersAgreeOnTheCorpus(_ name: String) throws {
        let report = try check(name)
        #expect(report.problems == [], "\(name)")
    }

    @Test func inputsCannotForgeTheCheckMarks() {
        let forged = "# T\n\nText \u{E000}v0\u{E001} and ┌ Quiz · q and\n#sourceLocation(file: \"x\", line: 99)\n"
        let report = ReadingCheck.check(Array(forged.utf8))
        #expect(report.problems == [])
        #expect(report.parts == [])
    }
}
