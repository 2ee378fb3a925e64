import Foundation

extension BarChart: Figure {
    /// "bar-chart".
    public var kind: String { "bar-chart" }

    /// The chart as text: title, a row per bar (label, bar, value), and an axis under the bars.
    public var text: String {
        var lines = TextLayout.titleLines(title, width: width)
        guard !bars.isEmpty else {
            return TextLayout.joined(lines + ["(no bars to draw)"] + notes.map { "note: " + $0 })
        }
        let labelWidth = min(bars.map(\.label.count).max() ?? 0, width / 3)
        let valueWidth = bars.map(\.valueText.count).max() ?? 0
        let area = max(1, width - labelWidth - 3 - valueWidth)
        let layout = BarLayout(values: bars.map(\.value), scale: scale, cells: area)

        for bar in bars {
            var cells = Array(repeating: Character(" "), count: area)
            if let layout, let end = layout.position(of: bar.value) {
                let start = Double(layout.origin)
                if end >= start {
                    let eighths = BlockBar.eighths(share: (end - start) / Double(area - layout.origin),
                                                   of: area - layout.origin)
                    let drawn = Array(BlockBar.horizontal(eighths: eighths))
                    cells.replaceSubrange(layout.origin..<layout.origin + drawn.count, with: drawn)
                } else {
                    let first = min(Int(end.rounded()), layout.origin - 1)
                    for cell in max(first, 0)..<layout.origin { cells[cell] = "█" }
                }
            }
            var drawn = String(cells)
            while drawn.last == " " { drawn.removeLast() }
            drawn = TextLayout.padded(drawn, to: layout?.origin ?? 0)
            let label = TextLayout.padded(TextLayout.truncated(TextLayout.singleLine(bar.label), to: labelWidth),
                                          to: labelWidth)
            lines.append(label + "  " + drawn + " " + bar.valueText)
        }

        if let layout {
            let marks = layout.ticks(approximately: area / 10).map { tick in
                AxisRuler.Mark(cell: min(Int((layout.position(of: tick.value) ?? 0).rounded()), area - 1),
                               label: tick.label)
            }
            lines += AxisRuler(origin: labelWidth + 2, length: area, lineWidth: width).lines(marks: marks)
        }
        return TextLayout.joined(lines + notes.flatMap { TextLayout.wrapped("note: " + $0, width: width) })
    }

    /// What the chart leaves out and why: unpaired labels or values, and values without a bar.
    var notes: [String] {
        var notes: [String] = []
        if unpaired > 0 {
            notes.append("labels and values differ in number by \(readable(unpaired)); the extra ones are left out")
        }
        let values = bars.map(\.value)
        let nonFinite = values.filter { !$0.isFinite }.count
        let nonPositive = scale == .log ? values.filter { $0.isFinite && $0 <= 0 }.count : 0
        if nonFinite > 0 { notes.append("\(counted(nonFinite, "value")) NaN or infinite: no bar") }
        if nonPositive > 0 { notes.append("\(counted(nonPositive, "value")) ≤ 0: no bar on a log scale") }
        return notes
    }
}

/// Where bars start and end, in cells from the left edge of the bar area.
struct BarLayout {
    /// The cell boundary bars grow from: zero on a linear scale, the left edge on a log scale.
    let origin: Int
    let cells: Int
    let axis: Axis

    /// The layout for `values` in `cells` cells, or nil when no value can have a bar.
    init?(values: [Double], scale: AxisScale, cells: Int) {
        let drawable = values.filter { Axis.hasPlace($0, on: scale) }
        guard let smallest = drawable.min(), let largest = drawable.max() else { return nil }
        self.cells = cells
        switch scale {
        case .linear:
            let (lower, upper) = (min(0, smallest), max(0, largest))
            axis = Axis(lower: lower, upper: upper == lower ? 1 : upper, scale: .linear)
            origin = Int((-axis.lower / (axis.upper - axis.lower) * Double(cells)).rounded())
        case .log:
            // Start one power of ten below the smallest value (or at the power of ten just below
            // it), so the shortest bar is visible but shorter than one decade.
            let base = pow(10, (log10(smallest) - 1e-9).rounded(.up) - 1)
            axis = Axis(lower: base, upper: largest, scale: .log)
            origin = 0
        }
    }

    /// The cell boundary where a bar for `value` ends; nil when it cannot have a bar.
    ///
    /// Positive and negative values are scaled separately from `origin`, so that a bar for
    /// the largest value fills the area right of zero exactly, whatever rounding put zero.
    func position(of value: Double) -> Double? {
        guard let fraction = axis.fraction(of: value) else { return nil }
        guard axis.scale == .linear else { return fraction * Double(cells) }
        if value >= 0 {
            return Double(origin) + value / axis.upper * Double(cells - origin)
        }
        return Double(origin) - value / axis.lower * Double(origin)
    }

    /// Round values along the bars' axis.
    func ticks(approximately count: Int) -> [Tick] {
        axis.ticks(approximately: count)
    }
}
