extension Table: Figure {
    /// "table".
    public var kind: String { "table" }

    /// The table as text: title, header, a rule of "─" under each column, then the rows,
    /// with two spaces between columns.
    public var text: String {
        let columnCount = max(header.count, rows.map(\.count).max() ?? 0)
        var lines = TextLayout.titleLines(title, width: maxWidth)
        guard columnCount > 0 else { return TextLayout.joined(lines + ["(empty table)"]) }

        let empty = Cell("", alignment: .left)
        let body = rows.map { $0 + Array(repeating: empty, count: columnCount - $0.count) }
        let names = (header + Array(repeating: "", count: columnCount - header.count)).map(TextLayout.singleLine)
        let alignments = (0..<columnCount).map { column in
            Table.alignment(of: body.map { $0[column] })
        }
        let widths = fittedWidths(names: names, body: body, alignments: alignments)

        func line(_ texts: [String], _ alignments: [Cell.Alignment]) -> String {
            (0..<columnCount).map { column in
                let text = TextLayout.truncated(texts[column], to: widths[column])
                return alignments[column] == .right
                    ? TextLayout.rightAligned(text, to: widths[column])
                    : TextLayout.padded(text, to: widths[column])
            }.joined(separator: Table.gap)
        }

        if names.contains(where: { !$0.isEmpty }) {
            lines.append(line(names, alignments))
            lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Table.gap))
        }
        lines += body.map { row in line(row.map(\.text), row.map(\.alignment)) }
        if body.isEmpty { lines.append("(no rows)") }
        return TextLayout.joined(lines)
    }

    private static let gap = "  "

    /// A column is right-aligned, header included, when every filled cell in it is.
    static func alignment(of cells: [Cell]) -> Cell.Alignment {
        let filled = cells.filter { !$0.text.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { $0.alignment == .right } ? .right : .left
    }

    /// Each column as wide as its widest cell; then, while the table is wider than `maxWidth`,
    /// the widest text column gives up one column (down to 4, room for "ab…").
    private func fittedWidths(names: [String], body: [[Cell]], alignments: [Cell.Alignment]) -> [Int] {
        var widths = names.indices.map { column in
            max(names[column].count, body.map { $0[column].text.count }.max() ?? 0)
        }
        let minimum = 4
        var total = widths.reduce(0, +) + Table.gap.count * (widths.count - 1)
        while total > maxWidth {
            let shrinkable = widths.indices.filter { alignments[$0] == .left && widths[$0] > minimum }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            total -= 1
        }
        return widths
    }
}
