import Foundation
import Notebook
@testable import Site
import Testing

/// The figures as the page draws them, one snapshot per kind, with NaN and empty data.
@Suite struct FigureHTMLTests {
    private func html(_ figure: any Figure, id: String = "figure-0-1") -> String {
        FigureHTML(id: id).html(kind: figure.kind, text: figure.text, data: figure.data)
    }

    private func matches(_ figure: any Figure, _ name: String) throws -> Bool {
        try matchesSnapshot(html(figure), "figures/\(name).html")
    }

    static let epochs = (1...8).map(Double.init)
    static let loss = LinePlot(
        title: "Loss per epoch",
        series: [
            .init("training", x: epochs, y: [2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]),
            .init("validation", x: epochs, y: [2.1, 1.2, 0.8, 0.7, Double.nan, 0.75, 0.9, 1.1]),
        ],
        xLabel: "epoch", yLabel: "loss", yScale: .log,
        verticalLines: [.init(at: 4, label: "best epoch"), .init(at: 20, label: "outside")]
    )

    @Test func aLinePlotWithALogScaleAndAMarkerLine() throws {
        #expect(try matches(Self.loss, "line-log-marker"), "run with RECORD_SNAPSHOTS=1 to accept the new figure")
    }

    @Test func aLinePlotWithoutDrawablePoints() throws {
        let plot = LinePlot(title: "Nothing", series: [.init("NaN", [Double.nan, .infinity])], yScale: .log)
        #expect(try matches(plot, "line-empty"))
    }

    @Test func aBarChartWithALogScaleAndValuesWithoutBars() throws {
        let chart = BarChart(title: "Gradient norm per layer", labels: ["layer 1", "layer 2", "layer 3", "layer 4"],
                             values: [1e-9, 3e-4, Double.nan, 0.1], scale: .log)
        #expect(try matches(chart, "bars-log"))
    }

    @Test func aLinearBarChartGrowsBothWaysFromZero() throws {
        let chart = BarChart(labels: ["gain", "loss"], values: [2.5, -1.0])
        #expect(try matches(chart, "bars-linear"))
    }

    @Test func aHistogramWithNaN() throws {
        var values: [Double] = (0..<200).map { (index: Int) -> Double in Double(index % 20) / 4 - 2.5 }
        values.append(.nan)
        #expect(try matches(Histogram(title: "Weights", values: values, bins: 10), "histogram"))
    }

    @Test func anEmptyHistogram() throws {
        #expect(try matches(Histogram(values: [Double](), bins: 10), "histogram-empty"))
    }

    @Test func stackedHistograms() throws {
        let first: [Double] = (0..<100).map { (index: Int) -> Double in Double(index) / 50 - 1 }
        var second: [Double] = (0..<100).map { (index: Int) -> Double in Double(index % 10) / 20 }
        second.append(.nan)
        let stack = HistogramStack(title: "Activations per layer", [("layer 1", first), ("layer 2", second)],
                                   bins: 10, range: -1...1)
        #expect(try matches(stack, "histogram-stack"))
    }

    @Test func anEmptyStack() throws {
        #expect(try matches(HistogramStack(title: "None", [(String, [Double])](), bins: 4), "histogram-stack-empty"))
    }

    @Test func aTable() throws {
        let table = Table(title: "Steps", header: ["step", "w", "note"],
                          rows: [[0, 0.0, "start <here>"], [1, 1.8, "first step"], [2, Double.nan, ""]])
        #expect(try matches(table, "table"))
    }

    @Test func anEmptyTable() throws {
        #expect(try matches(Table(header: [], rows: []), "table-empty"))
    }

    @Test func twoRendersGiveTheSameBytes() {
        #expect(html(Self.loss) == html(Self.loss))
    }

    @Test func everyDrawingHasANameADescriptionAndItsTextOneClickAway() {
        let html = html(Self.loss)
        #expect(html.contains("<svg class=\"chart\" viewBox=\"0 0 440 260\""))
        #expect(html.contains("role=\"img\" aria-labelledby=\"figure-0-1-name\" aria-describedby=\"figure-0-1-desc\""))
        #expect(html.contains("<span class=\"figure-title\" id=\"figure-0-1-name\">Loss per epoch</span>"))
        #expect(html.contains("<desc id=\"figure-0-1-desc\">Line plot: x (epoch) from 1 to 8, y (loss) from 0.01 to 2.1 on a log scale."))
        #expect(html.contains("validation: from 2.1 at 1 to 1.1 at 8; lowest 0.7 at 4, highest 2.1 at 1."))
        #expect(html.contains("<div class=\"figure-text\"><pre class=\"figure-text-form\">"))
        #expect(html.contains("note: the line “outside” at 20 lies outside the x range"))
    }

    @Test func seriesDifferInDashAndMarkerAsWellAsColour() {
        let html = html(Self.loss)
        #expect(html.contains("class=\"line series-1\" d=\"M"))
        #expect(html.contains("class=\"line series-2\" d=\"M") && html.contains("stroke-dasharray=\"7 3\""))
        #expect(html.contains("<li><svg class=\"swatch\""), "the legend draws each series' line and marker")
    }

    @Test func aNaNBreaksTheLine() {
        let html = html(Self.loss)
        let validation = html.components(separatedBy: "class=\"line series-2\" d=\"")[1].prefix { $0 != "\"" }
        #expect(validation.filter { $0 == "M" }.count == 2, "the line stops at the NaN and starts again after it")
    }

    @Test func aLongSeriesIsThinnedButKeepsItsSpikes() {
        var losses: [Double] = (0..<10_000).map { (step: Int) -> Double in 1 + Double(step % 7) / 100 }
        losses[5_000] = 50
        let html = html(LinePlot(series: [.init("loss", losses)]))
        let path = html.components(separatedBy: "class=\"line series-1\" d=\"")[1].prefix { $0 != "\"" }
        #expect(path.filter { $0 == "L" }.count < 2_000, "a few points per unit of width")
        let heights = path.split(whereSeparator: { $0 == "M" || $0 == "L" }).compactMap { Double($0.split(separator: " ")[1]) }
        #expect(heights.min() == 10, "the spike still reaches the top of the plot")
    }

    @Test func anUntitledFigureIsNamedForWhatItShows() {
        let plot = LinePlot(series: [.init("sigmoid", [0.1, 0.5]), .init("tanh", [0.2, 0.3])])
        let html = html(plot)
        #expect(html.contains("<span class=\"figure-title visually-hidden\" id=\"figure-0-1-name\">Line plot of sigmoid and tanh</span>"))
    }
}
