import Foundation
import Testing
@testable import Notebook

struct BarChartTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A bar's length in eighths of a cell: 8 per full block plus its partial block.
    private func eighths(_ line: String) -> Int {
        let partial: [Character: Int] = ["▏": 1, "▎": 2, "▍": 3, "▌": 4, "▋": 5, "▊": 6, "▉": 7, "█": 8]
        return line.reduce(0) { $0 + (partial[$1] ?? 0) }
    }

    @Test func aSmallChartDrawsAsWorkedOutByHand() {
        let chart = BarChart(labels: ["a", "bb"], values: [1.0, 2.0], width: 30)
        // Labels take 2 columns and values 1, leaving 30 − 2 − 3 − 1 = 24 cells for bars:
        // 1 of 2 fills 12 cells, 2 of 2 fills 24. Ticks 0, 1, 2 sit at cells 0, 12 and the
        // last cell, 23.
        #expect(chart.text == """
            a   ████████████ 1
            bb  ████████████████████████ 2
                ┬───────────┬──────────┬
                0           1          2
            """)
    }

    @Test func linearBarsAreProportionalToTheirValues() {
        let chart = BarChart(labels: ["a", "b", "c"], values: [1.0, 2, 4], width: 40)
        let bars = lines(chart.text).prefix(3).map(eighths)
        // Area: 40 − 1 − 3 − 1 = 35 cells = 280 eighths for the largest value.
        #expect(bars == [70, 140, 280])
    }

    @Test func logBarsGrowByEqualStepsForEqualRatios() {
        // 11 values from 1e-9 to 1e-1, each 10^0.8 times the one before.
        let values = (0...10).map { pow(10, -9 + 0.8 * Double($0)) }
        let chart = BarChart(labels: (1...11).map { "layer \($0)" }, values: values, scale: .log)
        let bars = lines(chart.text).prefix(11).map(eighths)
        // Bars start at 1e-10, a power of ten below the smallest value; 0.1 is 9 decades up and
        // fills all 72 − 8 − 3 − 7 = 54 cells (the widest label, "layer 11", is 8 wide and the
        // widest value, 10^-8.2 = "6.31e-9", 7), so value i, 1 + 0.8·i decades up, gets
        // (1 + 0.8·i) / 9 × 54 × 8 eighths.
        #expect(bars.last == 54 * 8)
        for (index, bar) in bars.enumerated() {
            let expected = (1 + 0.8 * Double(index)) / 9 * 54 * 8
            #expect(abs(Double(bar) - expected) <= 0.5, "bar \(index + 1)")
        }
    }

    @Test func logAxisTicksArePowersOfTen() {
        let values = (0...10).map { pow(10, Double($0) - 9) }
        let chart = BarChart(labels: (1...11).map { "layer \($0)" }, values: values, scale: .log)
        let axisLabels = lines(chart.text).last?.split(separator: " ").map(String.init)
        // Bars start at 1e-10; powers -10 … 1 are twelve ticks, too many for about 57 / 10 = 5;
        // every second power makes 6, at most one more than asked for.
        #expect(axisLabels == ["1e-10", "1e-8", "1e-6", "1e-4", "0.01", "1"])
    }

    @Test func eachValueIsPrintedRightAfterItsBar() {
        let chart = BarChart(labels: ["small", "large"], values: [0.0123, 4.56])
        for (row, value) in zip(lines(chart.text), ["0.0123", "4.56"]) {
            #expect(row.hasSuffix(" " + value))
            let beforeValue = row.dropLast(value.count + 1).last
            #expect(beforeValue.map { "▏▎▍▌▋▊▉█".contains($0) } == true)
        }
    }

    @Test func countsArePrintedInFull() {
        let chart = BarChart(labels: ["conv", "dense"], values: [320, 1_234_567])
        #expect(chart.text.contains(" 1,234,567"))
        #expect(chart.bars.map(\.valueText) == ["320", "1,234,567"])
    }

    @Test func negativeBarsGrowLeftOfZero() {
        let chart = BarChart(labels: ["down", "up"], values: [-1.0, 1.0], width: 40)
        let rows = lines(chart.text)
        // Area 40 − 4 − 3 − 2 = 31 cells; zero sits at cell 16 (31 / 2 = 15.5 rounded).
        let down = Array(rows[0]), up = Array(rows[1])
        #expect(down[6] == "█")
        #expect(down[6 + 15] == "█")
        #expect(down[6 + 16] == " ")
        #expect(up[6 + 15] == " ")
        #expect(up[6 + 16] == "█")
    }

    @Test func valuesWithoutABarArePrintedAndNoted() {
        let chart = BarChart(labels: ["a", "b", "c"], values: [0.5, 0, .nan], scale: .log)
        let text = chart.text
        #expect(text.contains("note: 1 value NaN or infinite: no bar"))
        #expect(text.contains("note: 1 value ≤ 0: no bar on a log scale"))
        #expect(lines(text)[2].hasSuffix("NaN"))
    }

    @Test func nothingToDrawGivesANote() {
        #expect(BarChart(labels: [], values: [Double]()).text == "(no bars to draw)")
        let allNaN = BarChart(labels: ["a"], values: [Double.nan])
        #expect(lines(allNaN.text).first == "a   NaN")
    }

    @Test func unpairedLabelsAreNoted() {
        let chart = BarChart(labels: ["a", "b", "c"], values: [1.0])
        #expect(chart.bars.count == 1)
        #expect(chart.text.contains("labels and values differ in number by 2"))
    }

    @Test(arguments: [AxisScale.linear, .log])
    func noLineIsWiderThanTheWidthEvenWithLongLabels(scale: AxisScale) {
        let labels = ["a very long layer name that goes on and on", "b"]
        let chart = BarChart(title: "Gradient norm per layer", labels: labels, values: [1e-9, 0.1],
                             scale: scale, width: 50)
        #expect(lines(chart.text).allSatisfy { $0.count <= 50 })
        #expect(chart.text.contains("…"))
    }

    @Test func barChartsAreFiguresOfKindBarChart() {
        let figure: any Figure = BarChart(labels: ["a"], values: [1.0])
        #expect(figure.kind == "bar-chart")
    }
}
