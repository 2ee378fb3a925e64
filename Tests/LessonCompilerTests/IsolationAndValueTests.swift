import Testing
@testable import LessonGenerator
import LessonFormat

@Suite struct IsolationAndValueTests {
    func generate(_ markdown: String) throws -> String {
        try SwiftGenerator(lesson: LessonParser.parse(source: markdown, path: "Lessons/05-x.md")).generate()
    }

    @Test func fileScopeDeclarationsBecomeFilePrivateWithoutMovingTheAuthorsCode() throws {
        let swift = try generate("# T\n\n```swift toplevel\nstruct Attempt {}\n\nfunc network() {}\n```\n")
        let lines = swift.split(separator: "\n", omittingEmptySubsequences: false)
        let structLine = try #require(lines.firstIndex(of: "struct Attempt {}"))
        #expect(lines[structLine - 1] == "fileprivate")
        #expect(lines[structLine - 2] == "#sourceLocation(file: \"Lessons/05-x.md\", line: 3)", "the modifier's line maps to the fence")
        let funcLine = try #require(lines.firstIndex(of: "func network() {}"))
        #expect(lines[funcLine - 1] == "fileprivate")
        #expect(lines[funcLine - 2] == "#sourceLocation(file: \"Lessons/05-x.md\", line: 5)")
    }

    @Test func anExportedDeclarationIsAnErrorAtItsLine() {
        #expect(throws: LessonFormatError(path: "Lessons/05-x.md", line: 5,
                                          message: "a lesson's declarations are private to it; remove `public`")) {
            try generate("# T\n\n```swift toplevel\nstruct A {}\npublic struct B {}\n```\n")
        }
    }

    @Test func anInlineValueSitsAtItsMarkdownLineAndColumn() throws {
        let swift = try generate("# T\n\n```swift\nlet a = 1\n```\n\nThe value is `= a + 1` here.\n")
        #expect(swift.contains("#sourceLocation(file: \"Lessons/05-x.md\", line: 6)\n    notebook.recordValue(0,\n"
            + String(repeating: " ", count: 16) + "a + 1)\n#sourceLocation()"))
    }

    @Test func aNameDeclaredInALaterCellIsReportedInTheLessonsTerms() {
        #expect(throws: LessonFormatError(path: "Lessons/05-x.md", line: 7, column: 15,
                                          message: "`laterName` is declared later, at line 10; an inline value sees only the cells above it")) {
            try generate("# T\n\n```swift\nlet a = 1\n```\n\nToo early: `= laterName + a`.\n\n```swift\nlet laterName = 2\n```\n")
        }
    }

    @Test func aProblemInAValueBrokenOverLinesIsReportedWhereItIs() {
        // Found by the fuzz target: the column was counted on the value's first line only.
        #expect(throws: LessonFormatError(path: "Lessons/05-x.md", line: 4, column: 4,
                                          message: "this inline value closes `)` without opening it")) {
            try generate("# T\n\nA value `= 1 +\n  2)` here.\n")
        }
        #expect(throws: LessonFormatError(path: "Lessons/05-x.md", line: 8, column: 3,
                                          message: "`laterName` is declared later, at line 11; an inline value sees only the cells above it")) {
            try generate("# T\n\n```swift\nlet a = 1\n```\n\n> Too early: `= a +\n> laterName`.\n\n```swift\nlet laterName = 2\n```\n")
        }
        #expect(throws: LessonFormatError(path: "Lessons/05-x.md", line: 4, column: 6,
                                          message: "this inline value closes `)` without opening it")) {
            try generate("# T\n\nA value `=\n1 + 2)` here.\n")
        }
    }

    @Test func membersAndClosureParametersAreNotMistakenForLaterNames() throws {
        _ = try generate("# T\n\n```swift\nlet a = [1]\n```\n\n`= a.count` and `= a.map { count in count }`\n\n```swift\nlet count = 2\n```\n")
    }
}
