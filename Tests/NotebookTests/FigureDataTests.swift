import Foundation
@testable import Notebook
import Testing

/// The data each figure records for renderers that draw it, beside its text.
@Suite struct FigureDataTests {
    private func roundTrip(_ data: FigureData) throws -> (FigureData, String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(data)
        return (try JSONDecoder().decode(FigureData.self, from: json), String(decoding: json, as: UTF8.self))
    }

    @Test func aLinePlotRecordsItsSeriesAxesAndMarkerLines() throws {
        let plot = LinePlot(title: "Loss", series: [.init("training", [4.0, 2, 1])], xLabel: "epoch", yLabel: "loss",
                            yScale: .log, verticalLines: [.init(at: 2, label: "best"), .init(at: 9, label: "far")])
        guard case .linePlot(let data) = plot.data else { Issue.record("not a line plot"); return }
        #expect(data.title == "Loss")
        #expect(data.series == [.init(name: "training", x: [1, 2, 3], y: [4, 2, 1])])
        #expect(data.x?.label == "epoch" && data.x?.lower == 1 && data.x?.upper == 3)
        #expect(data.y?.scale == .log && data.y?.label == "loss")
        #expect(data.y?.ticks.map(\.label) == ["1", "2", "5"] || data.y?.ticks.isEmpty == false)
        #expect(data.verticalLines == [.init(x: 2, label: "best")], "only lines inside the x range are drawn")
        #expect(data.notes == ["the line “far” at 9 lies outside the x range"])
        #expect(plot.text.contains("note: the line “far” at 9 lies outside the x range"), "the text keeps its note")
    }

    @Test func nonFiniteValuesAreRecordedAsNullSoTheRecordStaysJSON() throws {
        let plot = LinePlot(series: [.init("s", [1.0, .nan, .infinity, 2])])
        let (decoded, json) = try roundTrip(plot.data)
        #expect(decoded == plot.data)
        #expect(json.contains(#""y":[1,null,null,2]"#))
        #expect(json.hasPrefix(#"{"line-plot":{"#))
        guard case .linePlot(let data) = plot.data else { return }
        #expect(data.notes == ["2 points with NaN or infinite values not drawn"])
    }

    @Test func aPlotWithNothingToDrawHasNoAxes() {
        guard case .linePlot(let data) = LinePlot(series: [.init("s", [Double.nan])]).data else { return }
        #expect(data.x == nil && data.y == nil)
    }

    @Test func aBarChartRecordsItsBarsAndWhereTheyStart() throws {
        let chart = BarChart(labels: ["a", "b", "c"], values: [1e-6, 0.1, .nan], scale: .log)
        guard case .barChart(let data) = chart.data else { Issue.record("not a bar chart"); return }
        #expect(data.bars.map(\.value) == [1e-6, 0.1, nil])
        #expect(data.bars.map(\.valueText) == ["1e-6", "0.1", "NaN"])
        #expect(data.origin == data.axis?.lower && data.origin.map { $0 < 1e-6 } == true, "log bars grow from below the smallest")
        #expect(data.notes == ["1 value NaN or infinite: no bar"])
        let (decoded, _) = try roundTrip(chart.data)
        #expect(decoded == chart.data)
        guard case .barChart(let linear) = BarChart(labels: ["x"], values: [-2.0]).data else { return }
        #expect(linear.origin == 0)
    }

    @Test func aHistogramRecordsItsBinsAxesAndSummary() throws {
        let histogram = Histogram(values: [0.1, 0.2, 0.6, .nan], bins: 2, range: 0...1)
        guard case .histogram(let data) = histogram.data else { Issue.record("not a histogram"); return }
        #expect(data.edges == [0, 0.5, 1])
        #expect(data.counts == [2, 1])
        #expect(data.y?.upper == 2 && data.y?.label == "count")
        #expect(data.summary == "3 values, mean 0.3, std 0.216")
        #expect(data.notes == ["1 value NaN or infinite not counted"])
        let (decoded, _) = try roundTrip(histogram.data)
        #expect(decoded == histogram.data)
    }

    @Test func aStackRecordsARowPerSample() throws {
        let stack = HistogramStack([("a", [0.1, 0.9]), ("b", [Double.nan])], bins: 2, range: 0...1)
        guard case .histogramStack(let data) = stack.data else { Issue.record("not a stack"); return }
        #expect(data.edges == [0, 0.5, 1])
        #expect(data.rows.map(\.counts) == [[1, 1], [0, 0]])
        #expect(data.rows[1].mean == nil)
        #expect(data.notes == ["b: 1 value NaN or infinite not counted"])
        let (decoded, _) = try roundTrip(stack.data)
        #expect(decoded == stack.data)
    }

    @Test func aTableRecordsEveryCellWhole() throws {
        let long = String(repeating: "long text ", count: 12)
        let table = Table(header: ["name", "value"], rows: [[long, 1.5], ["short"]], maxWidth: 40)
        guard case .table(let data) = table.data else { Issue.record("not a table"); return }
        #expect(data.rows == [[long, "1.5"], ["short", ""]], "cells are not cut as the text's are")
        #expect(data.alignments == [.left, .right])
        let (decoded, _) = try roundTrip(table.data)
        #expect(decoded == table.data)
    }

    @Test func showRecordsTheDataBesideTheText() throws {
        let notebook = try Notebook(path: "Lessons/01-x.md", captureURL: nil, recordURL: nil)
        defer { notebook.close() }
        notebook.startCell(0)
        let table = Table(header: ["a"], rows: [[1]])
        show(table)
        notebook.finish()
        #expect(notebook.record.cell(0)?.outputs == [.figure(kind: "table", text: table.text, data: table.data)])
    }
}
