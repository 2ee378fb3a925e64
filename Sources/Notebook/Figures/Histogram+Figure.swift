extension Histogram: Figure {
    /// "histogram".
    public var kind: String { "histogram" }

    /// The histogram as text: title, the bars, a summary line (count, mean, standard
    /// deviation) and notes on values that were not counted.
    public var text: String {
        var lines = TextLayout.titleLines(title, width: width)
        if let binning {
            lines += orientation == .horizontal ? horizontalLines(binning) : verticalLines(binning)
        } else {
            lines.append(noFiniteValuesNote)
        }
        lines += summaryLine.map { TextLayout.wrapped($0, width: width) } ?? []
        return TextLayout.joined(lines + notes.flatMap { TextLayout.wrapped("note: " + $0, width: width) })
    }

    /// The values that were not counted, and why.
    var notes: [String] {
        var notes: [String] = []
        if outside > 0, let first = edges.first, let last = edges.last {
            notes.append("\(counted(outside, "value")) outside \(readable(first))…\(readable(last)) not counted")
        }
        if nonFinite > 0 { notes.append("\(counted(nonFinite, "value")) NaN or infinite not counted") }
        return notes
    }

    /// "[-0.5,   0)  ████▍ 191": one row per bin, the last bin closed on both sides. When both
    /// edges leave less than 10 cells for the bars, only the lower edge is printed.
    private func horizontalLines(_ binning: Binning) -> [String] {
        let labels = binning.edgeLabels
        let lowerWidth = labels.dropLast().map(\.count).max() ?? 0
        let upperWidth = labels.dropFirst().map(\.count).max() ?? 0
        let countTexts = binning.counts.map(readable)
        let countWidth = countTexts.map(\.count).max() ?? 0
        let bothEdges = width - (lowerWidth + upperWidth + 4) - 3 - countWidth >= 10
        let labelWidth = bothEdges ? lowerWidth + upperWidth + 4 : lowerWidth
        let area = max(1, width - labelWidth - 3 - countWidth)
        let largest = Double(binning.counts.max() ?? 0)
        return binning.counts.indices.map { bin in
            let lower = TextLayout.rightAligned(labels[bin], to: lowerWidth)
            let label = !bothEdges ? lower : "[" + lower + ", "
                + TextLayout.rightAligned(labels[bin + 1], to: upperWidth)
                + (bin == binning.counts.count - 1 ? "]" : ")")
            let share = largest > 0 ? Double(binning.counts[bin]) / largest : 0
            return label + "  " + BlockBar.horizontal(eighths: BlockBar.eighths(share: share, of: area))
                + " " + countTexts[bin]
        }
    }

    /// Columns of block characters over an axis of bin edges, counts on the left.
    private func verticalLines(_ binning: Binning) -> [String] {
        let largest = binning.counts.max() ?? 0
        let countAxis = Axis(lower: 0, upper: Double(max(largest, 1)), scale: .linear)
        var tickLabels: [Int: String] = [:]
        for tick in countAxis.ticks(approximately: height / 3)
        where tick.value > 0 && tick.value == tick.value.rounded() {
            // The row holding the top of a bar exactly `tick.value` high.
            let level = tick.value / countAxis.upper * Double(height)
            let row = min(max(height - Int((level - 1e-9).rounded(.up)), 0), height - 1)
            if tickLabels[row] == nil { tickLabels[row] = tick.label }
        }
        let margin = max(tickLabels.values.map(\.count).max() ?? 0, 1)
        let bins = binning.counts.count
        let cellsPerBin = max(1, (width - margin - 3) / bins)

        var grid = CharacterGrid(width: bins * cellsPerBin, height: height)
        for (bin, count) in binning.counts.enumerated() {
            let eighths = BlockBar.eighths(share: Double(count) / countAxis.upper, of: height)
            for column in bin * cellsPerBin..<(bin + 1) * cellsPerBin {
                for filled in 0..<eighths / 8 { grid[height - 1 - filled, column] = "█" }
                grid[height - 1 - eighths / 8, column] = BlockBar.vertical(eighths: eighths % 8)
            }
        }
        var lines = grid.rows.enumerated().map { row, content in
            TextLayout.rightAligned(tickLabels[row] ?? "", to: margin) + " "
                + (tickLabels[row] == nil ? "│" : "┤") + content
        }
        let axis = AxisRuler(origin: margin + 2, length: bins * cellsPerBin + 1, lineWidth: width)
            .lines(marks: binning.axisMarks(cellsPerBin: cellsPerBin), corner: "└")
        lines.append(TextLayout.rightAligned("0", to: margin) + String(axis[0].dropFirst(margin)))
        lines.append(axis[1])
        return lines
    }
}
