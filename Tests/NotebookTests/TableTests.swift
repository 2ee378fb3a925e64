import Testing
@testable import Notebook

struct TableTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func numbersAlignRightAndTextAlignsLeftUnderARule() {
        let table = Table(header: ["layer", "norm"], rows: [["a", 0.5], ["bb", 12_345]])
        // Column widths: "layer" is 5 wide; "12,345" is 6 wide. The numeric column,
        // header included, is right-aligned; two spaces separate columns.
        #expect(table.text == """
            layer    norm
            ─────  ──────
            a         0.5
            bb     12,345
            """)
    }

    @Test func titleComesFirst() {
        let table = Table(title: "Gradient norms", header: ["layer"], rows: [["a"]])
        #expect(lines(table.text).first == "Gradient norms")
    }

    @Test func aNumericColumnEndsAtTheSameColumnOnEveryLine() {
        let table = Table(header: ["name", "value"], rows: [["x", 1e-9], ["y", 123_456.7], ["z", -0.5]])
        let lengths = Set(lines(table.text).map(\.count))
        #expect(lengths.count == 1)
    }

    @Test func columnsBuildTheSameTableAsRows() {
        let byRows = Table(header: ["layer", "norm"], rows: [["a", 0.5], ["bb", 12_345]])
        let byColumns = Table(columns: [
            Table.Column("layer", ["a", "bb"]),
            Table.Column("norm", [0.5, 12_345.0]),
        ])
        #expect(byColumns.text == byRows.text)
    }

    @Test func floatIntAndDoubleCellsAreFormattedWithReadable() {
        let cells = [Table.Cell(Float(2.5e-7)), Table.Cell(12_345), Table.Cell(0.012345), Table.Cell(true)]
        #expect(cells.map(\.text) == ["2.5e-7", "12,345", "0.0123", "yes"])
        #expect(cells.map(\.alignment) == [.right, .right, .right, .left])
    }

    @Test(arguments: ["96.4%", "1.2e-5", "-0.25", "12,345", "0.95 ± 0.02", "NaN", "−∞", "2.5×"])
    func textThatReadsAsANumberAlignsRight(_ text: String) {
        #expect(Table.Cell(text).alignment == .right)
    }

    @Test(arguments: ["dense 1", "ReLU", "1st", "", "e5", "1.2.3", "- 5"])
    func otherTextAlignsLeft(_ text: String) {
        #expect(Table.Cell(text).alignment == .left)
    }

    @Test func aTooWideTableCutsItsLongestTextWithAnEllipsisAndKeepsNumbersWhole() {
        let long = String(repeating: "very long layer name ", count: 6)
        let table = Table(header: ["layer", "parameters", "note"],
                          rows: [[long, 1_234_567, "short"], ["b", 12, long]])
        let rendered = lines(table.text)
        #expect(rendered.allSatisfy { $0.count <= 72 })
        #expect(rendered.contains { $0.contains("…") })
        #expect(rendered.contains { $0.contains("1,234,567") })
    }

    @Test func aTableThatFitsIsNotCut() {
        let table = Table(header: ["a"], rows: [[String(repeating: "x", count: 70)]])
        #expect(!table.text.contains("…"))
    }

    @Test func shortRowsAreFilledAndLineBreaksInCellsBecomeSpaces() {
        let table = Table(header: ["a", "b", "c"], rows: [["one\ntwo"], ["x", "y", "z"]])
        let rendered = lines(table.text)
        #expect(rendered.count == 4)
        #expect(rendered[2] == "one two")
    }

    @Test func emptyTablesSayTheyAreEmpty() {
        #expect(Table(header: [], rows: []).text == "(empty table)")
        #expect(lines(Table(header: ["a"], rows: []).text).last == "(no rows)")
    }

    @Test func noLineEndsInASpace() {
        let table = Table(header: ["text", "n"], rows: [["a", 1], ["bbbbbb", 2]])
        #expect(lines(table.text).allSatisfy { $0.last != " " })
    }

    @Test func tablesAreFiguresOfKindTable() {
        let figure: any Figure = Table(header: ["a"], rows: [[1]])
        #expect(figure.kind == "table")
        #expect(figure.description == figure.text)
    }
}
