extension HistogramStack: Figure {
    /// "histogram-stack".
    public var kind: String { "histogram-stack" }

    /// The stack as text: title, one strip per row with its mean and standard deviation,
    /// the axis of bin edges, and notes on values that were not counted.
    public var text: String {
        var lines = TextLayout.titleLines(title, width: width)
        guard let binning, !rows.isEmpty else {
            lines.append(rows.isEmpty ? "(no histograms to draw)" : noFiniteValuesNote)
            return TextLayout.joined(lines)
        }
        let labelWidth = HistogramStack.labelWidth(rows.map(\.label), width: width)
        let means = rows.map { $0.mean.map(readable) ?? "–" }
        let deviations = rows.map { $0.standardDeviation.map(readable) ?? "–" }
        let meanWidth = means.map(\.count).max() ?? 1
        let deviationWidth = deviations.map(\.count).max() ?? 1
        let bins = binning.counts.count
        let available = width - labelWidth - 4 - "mean ".count - meanWidth - "  std ".count - deviationWidth
        let cellsPerBin = max(1, min(2, available / bins))

        for (index, row) in rows.enumerated() {
            let largest = Double(row.counts.max() ?? 0)
            let strip = row.counts.map { count -> String in
                // Any nonzero count shows at least the lowest block, so a lone value is visible.
                let eighths = largest > 0 && count > 0 ? max(1, Int((Double(count) / largest * 8).rounded(.up))) : 0
                return String(repeating: BlockBar.vertical(eighths: eighths), count: cellsPerBin)
            }.joined()
            let label = TextLayout.padded(TextLayout.truncated(TextLayout.singleLine(row.label), to: labelWidth),
                                          to: labelWidth)
            lines.append(label + "  " + TextLayout.padded(strip, to: bins * cellsPerBin) + "  mean "
                         + TextLayout.rightAligned(means[index], to: meanWidth) + "  std "
                         + TextLayout.rightAligned(deviations[index], to: deviationWidth))
        }
        lines += AxisRuler(origin: labelWidth + 2, length: bins * cellsPerBin + 1, lineWidth: width)
            .lines(marks: binning.axisMarks(cellsPerBin: cellsPerBin))
        lines.append("(each row scaled to its own fullest bin)")

        return TextLayout.joined(lines + notes.flatMap { TextLayout.wrapped("note: " + $0, width: width) })
    }

    /// Per row, the values that were not counted, and why.
    var notes: [String] {
        guard let binning else { return [] }
        let range = "\(readable(binning.edges[0]))…\(readable(binning.edges[binning.edges.count - 1]))"
        return rows.flatMap { row in
            (row.outside > 0 ? ["\(row.label): \(counted(row.outside, "value")) outside \(range) not counted"] : [])
                + (row.nonFinite > 0 ? ["\(row.label): \(counted(row.nonFinite, "value")) NaN or infinite not counted"] : [])
        }
    }
}
