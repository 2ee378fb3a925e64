/// Bars drawn with block characters at one-eighth of a cell's resolution.
enum BlockBar {
    private static let leftEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let lowerEighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    /// A horizontal bar `eighths` eighths of a cell long: full blocks, then one partial block.
    static func horizontal(eighths: Int) -> String {
        let whole = max(0, eighths) / 8
        let rest = max(0, eighths) % 8
        return String(repeating: "█", count: whole) + (rest > 0 ? String(leftEighths[rest - 1]) : "")
    }

    /// The cell of a vertical bar that is filled `eighths` eighths from the bottom
    /// (a space for none, a full block for eight or more).
    static func vertical(eighths: Int) -> Character {
        switch eighths {
        case ...0: " "
        case 8...: "█"
        default: lowerEighths[eighths - 1]
        }
    }

    /// The length in eighths of a bar for `share` (0...1) of `cells` cells, at least one
    /// eighth for any positive share so a small value never looks like zero.
    static func eighths(share: Double, of cells: Int) -> Int {
        guard share > 0 else { return 0 }
        return max(1, Int((min(share, 1) * Double(cells * 8)).rounded()))
    }
}
