/// A table's data: its cells, with the side each column keeps to.
public struct TableData: Codable, Sendable, Equatable {
    /// The line above the table, if any.
    public let title: String?
    /// The column names; empty for a table without a header.
    public let header: [String]
    /// The cells row by row, every row as long as the widest.
    public let rows: [[String]]
    /// Per column: right for numbers, so digits line up; left for text.
    public let alignments: [Table.Cell.Alignment]
}

extension Table {
    /// The table's data, in full: cells are never cut short, as they may be in the text.
    public var data: FigureData {
        let columnCount = max(header.count, rows.map(\.count).max() ?? 0)
        let body = rows.map { $0.map(\.text) + Array(repeating: "", count: columnCount - $0.count) }
        return .table(TableData(
            title: title,
            header: header.isEmpty ? [] : header + Array(repeating: "", count: columnCount - header.count),
            rows: body,
            alignments: (0..<columnCount).map { column in
                Table.alignment(of: rows.map { column < $0.count ? $0[column] : Cell("", alignment: .left) })
            }
        ))
    }
}
