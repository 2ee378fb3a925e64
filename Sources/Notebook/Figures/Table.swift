/// An aligned text table: a header, a rule under it, and rows of cells.
///
/// Numbers are formatted with `readable` and right-aligned; text is left-aligned. Build it
/// row by row or column by column:
///
///     Table(header: ["layer", "gradient norm"], rows: [["dense 1", 0.0003], ["dense 2", 0.012]])
///
///     Table(title: "Parameter counts", columns: [
///         Table.Column("layer", names),
///         Table.Column("parameters", counts),
///     ])
///
/// A table wider than `maxWidth` shortens its widest text columns, ending cut cells with "…";
/// numbers are never cut, so a table of many numeric columns may stay wider.
public struct Table: Sendable {
    /// The line above the table, if any.
    public let title: String?
    /// The column names; empty for a table without a header.
    public let header: [String]
    /// The cells, row by row.
    public let rows: [[Cell]]
    /// The widest the table tries to be, in columns.
    public let maxWidth: Int

    /// A table from rows of values: strings, whole numbers, floating-point numbers or
    /// anything that describes itself. Rows shorter than the header are filled with empty cells.
    public init(
        title: String? = nil,
        header: [String],
        rows: [[any CustomStringConvertible]],
        maxWidth: Int = defaultFigureWidth
    ) {
        precondition(maxWidth >= 10, "a table needs a maxWidth of at least 10 columns, not \(maxWidth)")
        self.title = title
        self.header = header
        self.rows = rows.map { $0.map(Cell.init) }
        self.maxWidth = maxWidth
    }

    /// A table from columns, each a header and its values from top to bottom.
    /// Shorter columns are filled with empty cells at the bottom.
    public init(title: String? = nil, columns: [Column], maxWidth: Int = defaultFigureWidth) {
        precondition(maxWidth >= 10, "a table needs a maxWidth of at least 10 columns, not \(maxWidth)")
        self.title = title
        header = columns.map(\.header)
        let height = columns.map(\.cells.count).max() ?? 0
        rows = (0..<height).map { row in
            columns.map { row < $0.cells.count ? $0.cells[row] : Cell("", alignment: .left) }
        }
        self.maxWidth = maxWidth
    }

    /// One column of a table: its header and its values from top to bottom.
    public struct Column: Sendable {
        /// The column's name.
        public let header: String
        /// The column's cells, top first.
        public let cells: [Cell]

        /// A column of values formatted like table cells: `Table.Column("loss", losses)`.
        public init<Values: Sequence>(_ header: String, _ values: Values)
        where Values.Element: CustomStringConvertible {
            self.header = header
            cells = values.map { Cell($0) }
        }
    }
}
