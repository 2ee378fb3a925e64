import Testing
@testable import LessonFormat

@Suite struct LessonSourceTests {
    let lf = "# T\n\nText `= 1 + 1`.\n\n```swift\nlet a = 1\n```\n"

    @Test(arguments: ["\r\n", "\r"])
    func everyLineEndingReadsAlikeWithTheSameLines(_ ending: String) throws {
        let other = lf.replacingOccurrences(of: "\n", with: ending)
        let a = try LessonParser.parse(source: lf, path: "Lessons/07-x.md")
        let b = try LessonParser.parse(source: other, path: "Lessons/07-x.md")
        #expect(a.cells == b.cells)
        #expect(a.inlineValues == b.inlineValues)
        #expect(b.cells.first?.fenceLine == 5)
        #expect(b.source == lf)
    }

    @Test func anUnclosedFenceInACRLFFileIsStillFoundAtItsLine() {
        #expect(throws: LessonFormatError.self) {
            try LessonParser.parse(source: "# T\r\n\r\n```swift\r\nlet a = 1\r\n", path: "Lessons/07-x.md")
        }
        #expect(throws: Never.self) {
            try LessonParser.parse(source: "# T\r\n\r\n```swift\r\nlet a = 1\r\n```\r\n", path: "Lessons/07-x.md")
        }
    }

    @Test func bytesThatAreNotUTF8AreAnErrorAtTheirLine() {
        let bytes = Array("# T\n\nfine\ncaf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(throws: LessonFormatError(path: "Lessons/07-x.md", line: 4,
                                          message: "byte 0xE9 on this line is not UTF-8; save the lesson as UTF-8")) {
            try LessonSource.text(of: bytes, path: "Lessons/07-x.md")
        }
    }

    @Test func aNULByteIsAnErrorAtItsLine() {
        #expect(throws: LessonFormatError(path: "Lessons/07-x.md", line: 3,
                                          message: "this line holds a NUL byte (0x00); a lesson is text, so remove it")) {
            try LessonSource.text(of: Array("# T\r\n\r\nbefore\0after\n".utf8), path: "Lessons/07-x.md")
        }
    }

    @Test func aByteOrderMarkIsDropped() throws {
        #expect(try LessonSource.text(of: [0xEF, 0xBB, 0xBF] + Array("# T\n".utf8), path: "x") == "# T\n")
    }

    @Test(arguments: [27, 160])
    func moreChoicesThanLettersIsAnErrorAtTheQuiz(_ count: Int) {
        let choices = (0..<count).map { $0 == 0 ? "- [x] right" : "- [ ] wrong \($0)" }.joined(separator: "\n")
        #expect(throws: LessonFormatError(path: "Lessons/07-x.md", line: 3,
                                          message: "this quiz has \(count) choices; choices are lettered a to z, so a quiz has at most 26")) {
            try LessonParser.parse(source: "# T\n\n```quiz id=many\nWhich?\n\(choices)\n> Because.\n```\n", path: "Lessons/07-x.md")
        }
    }
}
