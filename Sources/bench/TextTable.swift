/// A plain-text table: the first column left-aligned, the others right-aligned, a rule
/// under the header. Also readable as Markdown, since the columns are separated by `|`.
struct TextTable {
    let header: [String]
    var rows: [[String]] = []

    var rendered: String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = widths.indices.map { column in
                let cell = cells.indices.contains(column) ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.enumerated().map { column, width in
            String(repeating: "-", count: width + 1) + (column == 0 ? "-" : ":")
        }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// Numbers formatted for the tables.
enum Format {
    /// Three significant digits: "0.0123", "4.56", "789", "12345".
    static func significant(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4
        return String(format: "%.\(decimals)f", value)
    }

    /// The median and the range of repeated times, in milliseconds: "2.46 (2.41–2.60)".
    static func spread(_ samples: Samples) -> String {
        "\(milliseconds(samples.median)) (\(milliseconds(samples.minimum))–\(milliseconds(samples.maximum)))"
    }

    /// Milliseconds from seconds, three significant digits.
    static func milliseconds(_ seconds: Double) -> String { significant(seconds * 1000) }

    /// A ratio: "0.085×".
    static func ratio(_ value: Double) -> String { significant(value) + "×" }

    /// A relative difference in scientific notation: "3.1e-07".
    static func scientific(_ value: Double) -> String { String(format: "%.1e", value) }

    /// A share as a percentage: "91%".
    static func percent(_ value: Double) -> String { String(format: value < 0.1 ? "%.2f%%" : "%.0f%%", value * 100) }
}
