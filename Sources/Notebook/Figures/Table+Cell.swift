extension Table {
    /// One cell of a table: its text and which side it is aligned to.
    public struct Cell: Sendable, Hashable, CustomStringConvertible {
        /// Which side of its column a cell's text keeps to.
        public enum Alignment: String, Sendable, Hashable, Codable {
            /// Text: starts at the column's left edge.
            case left
            /// Numbers: end at the column's right edge, so digits line up.
            case right
        }

        /// The cell's text, on one line.
        public let text: String
        /// Which side of the column the text keeps to.
        public let alignment: Alignment

        /// A cell with exactly this text and alignment.
        public init(_ text: String, alignment: Alignment) {
            self.text = TextLayout.singleLine(text)
            self.alignment = alignment
        }

        /// A cell for a value: numbers through `readable` and right-aligned; `true`/`false` as
        /// "yes"/"no"; anything else by its description, right-aligned when it reads as a
        /// number ("96.4%", "1.2e-5", "0.95 ± 0.02", "NaN") and left-aligned otherwise.
        public init(_ value: any CustomStringConvertible) {
            switch value {
            case let cell as Cell:
                self = cell
            case let number as Int:
                self.init(readable(number), alignment: .right)
            case let number as any BinaryInteger:
                self.init(Int(exactly: number).map(readable) ?? number.description, alignment: .right)
            case let number as Double:
                self.init(readable(number), alignment: .right)
            case let number as Float:
                self.init(readable(number), alignment: .right)
            case let number as any BinaryFloatingPoint:
                self.init(readable(Double(number)), alignment: .right)
            case let flag as Bool:
                self.init(flag ? "yes" : "no", alignment: .left)
            default:
                let text = value.description
                self.init(text, alignment: Cell.readsAsNumber(text) ? .right : .left)
            }
        }

        /// The cell's text.
        public var description: String { text }

        /// Whether text is a number as `readable` or `percent` print it, possibly "± spread".
        static func readsAsNumber(_ text: String) -> Bool {
            let parts = text.split(separator: " ± ", omittingEmptySubsequences: false)
            return (1...2).contains(parts.count) && parts.allSatisfy { part in
                ["NaN", "∞", "−∞", "∞%", "−∞%"].contains(part)
                    || part.wholeMatch(of: #/[-+−]?(\d[\d,]*(\.\d+)?|\.\d+)([eE][-+]?\d+)?[%×]?/#) != nil
            }
        }
    }
}
