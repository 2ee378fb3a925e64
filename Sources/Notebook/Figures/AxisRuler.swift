/// Draws a horizontal axis under a figure: a rule with a mark at each tick and the tick
/// labels centred under their marks.
struct AxisRuler {
    /// The column of the line where the axis's first cell is.
    let origin: Int
    /// How many cells the axis spans.
    let length: Int
    /// The widest a line may be; labels near the ends shift inwards to stay within it.
    let lineWidth: Int

    /// A tick mark at a cell of the axis (0 is the first cell) with its label.
    struct Mark {
        let cell: Int
        let label: String
    }

    /// The rule (with `corner` just left of the axis, if given) and the line of labels.
    ///
    /// Marks are labelled left to right; a label that would touch the previous one is left
    /// out (its mark stays), so crowded ticks never print over each other.
    func lines(marks: [Mark], corner: Character? = nil) -> [String] {
        var rule = Array(repeating: Character("─"), count: length)
        for mark in marks where (0..<length).contains(mark.cell) {
            rule[mark.cell] = "┬"
        }
        let lead = String(repeating: " ", count: max(0, origin - (corner == nil ? 0 : 1)))
        let ruleLine = lead + (corner.map(String.init) ?? "") + String(rule)

        var labels = Array(repeating: Character(" "), count: lineWidth)
        var firstFree = 0
        for mark in marks where (0..<length).contains(mark.cell) {
            let label = Array(TextLayout.truncated(mark.label, to: lineWidth))
            let centred = origin + mark.cell - (label.count - 1) / 2
            let start = max(0, min(centred, lineWidth - label.count))
            guard start >= firstFree else { continue }
            labels.replaceSubrange(start..<start + label.count, with: label)
            firstFree = start + label.count + 1
        }
        return [ruleLine, String(labels)]
    }
}
