import Engine

extension ConfusionMatrix {
    /// The counts as a table: true classes down, predicted classes across.
    public var table: Table {
        Table(header: ["true \\ predicted"] + counts.indices.map(String.init),
              rows: counts.enumerated().map { trueClass, row in [trueClass] + row })
    }
}

extension ConfusionMatrix: CustomStringConvertible {
    /// The table of counts.
    public var description: String { table.text }
}
