import Engine

extension DataSplit {
    /// The sizes of the three parts as a table, with the test set's record: sealed, or opened
    /// how many times (the reasons are in `test.openings` and in `print(split.test)`).
    public var table: Table {
        let opened = test.openings.count
        let state = test.isSealed ? "sealed (never opened)" : "opened \(opened == 1 ? "once" : "\(opened) times")"
        return Table(columns: [
            Table.Column("part", ["training", "validation", "test"]),
            Table.Column("examples", [training.count, validation.count, test.count]),
            Table.Column("test set", ["", "", state]),
        ])
    }
}

extension DataSplit: CustomStringConvertible {
    /// The table of part sizes.
    public var description: String { table.text }
}
