import Notebook

/// What a figure is called and what it shows, in words: the accessible name and short
/// description that a screen reader announces, and that the search index holds.
struct FigureDescription {
    let data: FigureData

    /// The figure's title, or what kind of figure it is and what it shows.
    var name: String {
        switch data {
        case .table(let table):
            return table.title ?? "Table" + (table.header.contains { !$0.isEmpty }
                ? " of " + list(table.header.filter { !$0.isEmpty }) : "")
        case .linePlot(let plot):
            let names = plot.series.map(\.name).filter { !$0.isEmpty }
            return plot.title ?? "Line plot" + (names.isEmpty ? "" : " of " + list(names))
        case .barChart(let chart): return chart.title ?? "Bar chart"
        case .histogram(let histogram): return histogram.title ?? "Histogram"
        case .histogramStack(let stack): return stack.title ?? "Histograms of " + list(stack.rows.map(\.label))
        case .explorable(let explorable): return explorable.title ?? "Figure by \(explorable.parameter)"
        }
    }

    /// A sentence or three: the axes, and per series or bar the numbers a reader would look for.
    var description: String {
        switch data {
        case .table(let table):
            let columns = table.header.filter { !$0.isEmpty }
            return "Table of \(counted(table.rows.count, "row")) and \(counted(max(table.alignments.count, table.header.count), "column"))"
                + (columns.isEmpty ? "." : ": " + columns.joined(separator: ", ") + ".")
        case .linePlot(let plot):
            return linePlot(plot)
        case .barChart(let chart):
            let shown = chart.bars.prefix(12).map { "\($0.label) \($0.valueText)" }
            let more = chart.bars.count > 12 ? "; and \(counted(chart.bars.count - 12, "more bar"))" : ""
            let scale = chart.axis?.scale == .log ? " on a log scale" : ""
            return "Bar chart of \(counted(chart.bars.count, "bar"))\(scale): " + shown.joined(separator: "; ") + more + "."
        case .histogram(let histogram):
            return self.histogram(histogram)
        case .histogramStack(let stack):
            let range = stack.edges.first.map { "\(readable($0)) to \(readable(stack.edges[stack.edges.count - 1]))" } ?? "no values"
            let rows = stack.rows.map { row in
                "\(row.label): mean \(row.mean.map(readable) ?? "none"), std \(row.standardDeviation.map(readable) ?? "none")"
            }
            return "\(counted(stack.rows.count, "histogram")) over \(range), each scaled to its fullest bin. "
                + rows.joined(separator: "; ") + "."
        case .explorable(let explorable):
            let values = explorable.frames.map(\.value)
            let shown = explorable.frames[explorable.initial]
            let frame = FigureDescription(data: shown.data)
            return "A slider over \(counted(values.count, "frame")), for \(explorable.parameter) from \(values[0]) to "
                + "\(values[values.count - 1]). At \(explorable.parameter) = \(shown.value): \(frame.name). \(frame.description)"
        }
    }

    private func linePlot(_ plot: LinePlotData) -> String {
        guard let x = plot.x, let y = plot.y else { return "Line plot with no finite values to draw." }
        var sentences = ["Line plot: x (\(x.label ?? "x")) from \(readable(x.lower)) to \(readable(x.upper))\(scale(x)), "
            + "y (\(y.label ?? "y")) from \(readable(y.lower)) to \(readable(y.upper))\(scale(y))."]
        for (index, series) in plot.series.enumerated() {
            let points = zip(series.x, series.y).compactMap { x, y in x.flatMap { x in y.map { (x: x, y: $0) } } }
            guard let first = points.first, let last = points.last,
                  let low = points.min(by: { $0.y < $1.y }), let high = points.max(by: { $0.y < $1.y })
            else { continue }
            let name = series.name.isEmpty ? "Series \(index + 1)" : series.name
            sentences.append("\(name): from \(readable(first.y)) at \(readable(first.x)) to \(readable(last.y)) at "
                + "\(readable(last.x)); lowest \(readable(low.y)) at \(readable(low.x)), highest \(readable(high.y)) at \(readable(high.x)).")
        }
        sentences += plot.verticalLines.map { "A vertical line marks \($0.label) at \(readable($0.x))." }
        return sentences.joined(separator: " ")
    }

    private func histogram(_ histogram: HistogramData) -> String {
        guard let fullest = histogram.counts.indices.max(by: { histogram.counts[$0] < histogram.counts[$1] }),
              histogram.edges.count == histogram.counts.count + 1
        else { return "Histogram with no finite values to draw." }
        let edges = histogram.edges
        return "Histogram of \(counted(histogram.counts.count, "bin")) from \(readable(edges[0])) to "
            + "\(readable(edges[edges.count - 1])); the fullest, \(readable(edges[fullest])) to \(readable(edges[fullest + 1])), "
            + "holds \(readable(histogram.counts[fullest])). " + (histogram.summary.map { $0 + "." } ?? "")
    }

    private func scale(_ axis: FigureAxis) -> String { axis.scale == .log ? " on a log scale" : "" }

    /// "a", "a and b", "a, b and c".
    private func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(readable(count)) \(noun)\(count == 1 ? "" : "s")"
    }
}
