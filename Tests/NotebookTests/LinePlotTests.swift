import Foundation
import Testing
@testable import Notebook

struct LinePlotTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The rows of the plotting area: the lines whose axis character follows the tick labels.
    private func plotRows(_ text: String) -> [String] {
        lines(text).filter { $0.contains("┤") || $0.contains("│") }
    }

    @Test func aSmallPlotDrawsAsWorkedOutByHand() {
        let plot = LinePlot(series: [.init("up", [1.0, 2, 3])], width: 30, height: 3)
        // y spans 1…3 with ticks 1, 2, 3 on rows 2, 1, 0; the margin is 1 column, so the plotting
        // area is 30 − 1 − 2 = 27 columns and the points sit in columns 0, 13 and 26. The run from
        // column 0 (row 2) to 13 (row 1) changes row after 6.5 of its 13 steps, as does the next.
        #expect(plot.text == """
            3 ┤                    •••••••
            2 ┤       •••••••••••••
            1 ┤•••••••
              └┬────────────┬────────────┬
               1            2            3
               • up
            """)
    }

    @Test func aStraightLinesEndsLandInTheCorners() {
        let plot = LinePlot(series: [.init("line", (0..<10).map(Double.init))], width: 50, height: 12)
        let rows = plotRows(plot.text)
        #expect(rows.count == 12)
        // The top row ends with the last point in the last column of the figure.
        #expect(rows[0].count == 50)
        #expect(rows[0].last == "•")
        // The bottom row has the first point right after the axis character.
        let bottom = rows[11]
        let axis = bottom.firstIndex { $0 == "┤" || $0 == "│" }
        #expect(axis.map { bottom[bottom.index(after: $0)] } == "•")
    }

    @Test func aLineIsDrawnInEveryColumnBetweenItsPoints() {
        let plot = LinePlot(series: [.init("steep", [0.0, 100, 0])], width: 40, height: 10)
        let rows = plotRows(plot.text)
        let start = (rows[0].firstIndex(of: "┤") ?? rows[0].firstIndex(of: "│")).map {
            rows[0].distance(from: rows[0].startIndex, to: $0) + 1
        } ?? 0
        for column in start..<40 {
            #expect(rows.contains { Array($0).count > column && Array($0)[column] == "•" },
                    "column \(column) has no marker")
        }
        // The steep rise from the bottom to the top row fills the rows in between.
        #expect(rows.allSatisfy { $0.contains("•") })
    }

    @Test(arguments: [30, 50, 72, 100])
    func noLineIsWiderThanTheWidth(width: Int) {
        let plot = LinePlot(
            title: "A title that is rather long for a narrow plot, to see it cut",
            series: [.init("training loss", (1...40).map { 2.3 * exp(-Double($0) / 8) }),
                     .init("validation loss", (1...40).map { 2.3 * exp(-Double($0) / 9) + 0.2 })],
            xLabel: "epoch", yLabel: "loss", yScale: .log,
            verticalLines: [.init(at: 15, label: "best epoch")],
            width: width)
        #expect(lines(plot.text).allSatisfy { $0.count <= width })
    }

    @Test func theLegendNamesEverySeriesWithItsMarker() {
        let plot = LinePlot(series: [.init("training", [1.0, 2]), .init("validation", [2.0, 1]),
                                     .init("custom", [1.5, 1.5], marker: "o")])
        let legend = lines(plot.text).last ?? ""
        #expect(legend.contains("• training"))
        #expect(legend.contains("× validation"))
        #expect(legend.contains("o custom"))
    }

    @Test func aLaterSeriesIsDrawnOverAnEarlierOne() {
        let plot = LinePlot(series: [.init("first", [1.0, 2, 3]), .init("second", [1.0, 2, 3])])
        let rows = plotRows(plot.text)
        #expect(rows.contains { $0.contains("×") })
        #expect(!rows.contains { $0.contains("•") })
    }

    @Test func logScaleTicksArePowersOfTenEquallySpaced() {
        // 1e-4 … 10 is five decades; 16 rows put a decade every (16 − 1) / 5 = 3 rows.
        let values = (0...50).map { pow(10, -4 + Double($0) / 10) }
        let plot = LinePlot(series: [.init("loss", values)], yScale: .log, height: 16)
        let rows = plotRows(plot.text)
        let labelled = rows.enumerated().compactMap { index, row -> (Int, String)? in
            guard row.contains("┤") else { return nil }
            return (index, row.prefix { $0 != "┤" }.trimmingCharacters(in: .whitespaces))
        }
        #expect(labelled.map(\.1) == ["10", "1", "0.1", "0.01", "0.001", "1e-4"])
        #expect(labelled.map(\.0) == [0, 3, 6, 9, 12, 15])
    }

    @Test func valuesAtOrBelowZeroOnALogScaleAreLeftOutWithANote() {
        let plot = LinePlot(series: [.init("loss", [1.0, 0, -1, 10])], yScale: .log)
        #expect(plot.text.contains("note: 2 points ≤ 0 not drawn"))
    }

    @Test func nanAndInfinityBreakTheLineAndAreCounted() {
        let plot = LinePlot(series: [.init("loss", [1.0, .nan, 2, .infinity, 3])], width: 40)
        let unwrapped = plot.text.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("note: 2 points with NaN or infinite values not drawn"))
        #expect(lines(plot.text).allSatisfy { $0.count <= 40 })
    }

    @Test func nothingToDrawGivesANoteInsteadOfAPlot() {
        #expect(LinePlot(series: []).text == "(no finite values to draw)")
        let allNaN = LinePlot(title: "Loss", series: [.init("loss", [Double.nan, .nan])])
        #expect(lines(allNaN.text).prefix(2) == ["Loss", "(no finite values to draw)"])
        let empty = LinePlot(series: [.init("loss", [Double]())])
        #expect(empty.text.hasPrefix("(no finite values to draw)"))
    }

    @Test func aConstantSeriesStillGetsAnAxis() {
        let plot = LinePlot(series: [.init("flat", [0.5, 0.5, 0.5])])
        #expect(plotRows(plot.text).filter { $0.contains("┤") }.count >= 2)
        #expect(plot.text.contains("•"))
    }

    @Test func aFixedYRangeClipsAndCountsThePointsOutsideIt() {
        let plot = LinePlot(series: [.init("loss", [0.5, 5, 1])], yRange: 0...2, height: 5)
        #expect(plot.text.contains("note: 1 point outside the y range 0…2 not drawn"))
        let labels = plotRows(plot.text).compactMap { row in
            row.contains("┤") ? row.prefix { $0 != "┤" }.trimmingCharacters(in: .whitespaces) : nil
        }
        #expect(labels.first == "2")
        #expect(labels.last == "0")
    }

    @Test func aVerticalLineMarksItsXValueAndIsNamedInTheLegend() {
        // x = 1…11 over 41 columns: x = 6 is halfway, column 20 of the plotting area.
        let plot = LinePlot(series: [.init("loss", (1...11).map { Double($0) })],
                            verticalLines: [.init(at: 6, label: "best epoch")], width: 45, height: 5)
        let rows = plotRows(plot.text)
        let origin = 45 - 41
        #expect(rows.filter { Array($0).count > origin + 20 && Array($0)[origin + 20] == "┊" }.count >= 3)
        #expect(plot.text.contains("┊ best epoch at 6"))
    }

    @Test func aVerticalLineOutsideTheDataIsNotedNotDrawn() {
        let plot = LinePlot(series: [.init("loss", [1.0, 2])], verticalLines: [.init(at: 50, label: "stop")])
        #expect(plot.text.contains("the line “stop” at 50 lies outside the x range"))
        #expect(!plot.text.contains("┊"))
    }

    @Test func labelsAndTitleAreShown() {
        let plot = LinePlot(title: "Loss per epoch", series: [.init("loss", [3.0, 2, 1])],
                            xLabel: "epoch", yLabel: "loss")
        let rendered = lines(plot.text)
        #expect(rendered[0].trimmingCharacters(in: .whitespaces) == "Loss per epoch")
        #expect(rendered[1] == "loss")
        #expect(rendered.contains { $0.trimmingCharacters(in: .whitespaces) == "epoch" })
    }

    @Test func renderingIsDeterministic() {
        func make() -> LinePlot {
            LinePlot(series: [.init("a", over: -3...3) { sin($0) }, .init("b", over: -3...3) { cos($0) }])
        }
        #expect(make().text == make().text)
    }

    @Test func seriesAcceptIntegerXAndFloatY() {
        let series = LinePlot.Series("loss", x: 0..<3, y: [Float(1), 2, 3])
        #expect(series.x == [0, 1, 2])
        #expect(series.y == [1, 2, 3])
        let sampled = LinePlot.Series("identity", over: 0...1, points: 5) { $0 }
        #expect(sampled.x == [0, 0.25, 0.5, 0.75, 1])
        #expect(sampled.y == sampled.x)
    }

    @Test func mismatchedLengthsAreNoted() {
        let plot = LinePlot(series: [.init("loss", x: [1.0, 2, 3], y: [1.0, 2])])
        #expect(plot.text.contains("has 3 x values and 2 y values"))
    }

    @Test func linePlotsAreFiguresOfKindLinePlot() {
        let figure: any Figure = LinePlot(series: [.init("a", [1.0, 2])])
        #expect(figure.kind == "line-plot")
    }
}
