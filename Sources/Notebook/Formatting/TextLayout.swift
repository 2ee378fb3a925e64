/// Column arithmetic for monospace text output.
///
/// A column is one `Character` (grapheme cluster). That is exact for the Latin text, digits,
/// box-drawing and block characters the figures use; East Asian wide characters and emoji
/// take two columns in a terminal and would push a line out of alignment.
enum TextLayout {
    /// The number of columns `text` takes.
    static func width(_ text: String) -> Int {
        text.count
    }

    /// `text` on one line: line breaks and tabs become spaces, so a cell cannot break a table.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 0 else { return "" }
        return String(text.prefix(width - 1)) + "…"
    }

    /// A figure's title as its first line (on one line, cut to `width`), or no line at all.
    static func titleLines(_ title: String?, width: Int) -> [String] {
        title.map { [truncated(singleLine($0), to: width)] } ?? []
    }

    /// `text` followed by spaces up to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Spaces followed by `text` up to `width` columns.
    static func rightAligned(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `text` in the middle of `width` columns (one column further left when it cannot be exact).
    static func centered(_ text: String, in width: Int) -> String {
        String(repeating: " ", count: max(0, (width - text.count) / 2)) + text
    }

    /// The lines joined with line breaks, trailing spaces removed, so output is byte-stable.
    static func joined(_ lines: [String]) -> String {
        lines.map(trimmingTrailingSpaces).joined(separator: "\n")
    }

    /// Items laid out left to right, separated by `separator`, breaking to a new line
    /// before an item that would pass `width` (as a legend is).
    static func flowed(_ items: [String], separator: String = "   ", width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items.map({ truncated($0, to: width) }) {
            if line.isEmpty {
                line = item
            } else if line.count + separator.count + item.count <= width {
                line += separator + item
            } else {
                lines.append(line)
                line = item
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` broken into lines of at most `width` columns at spaces (a longer word is cut).
    static func wrapped(_ text: String, width: Int) -> [String] {
        flowed(text.split(separator: " ").map(String.init), separator: " ", width: width)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " {
            end = line.index(before: end)
        }
        return String(line[..<end])
    }
}
