import Foundation
import Testing
@testable import Notebook

struct HistogramTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aSmallHistogramDrawsAsWorkedOutByHand() {
        let histogram = Histogram(values: [0.0, 1, 1, 3, 3, 3, 3], bins: 4, range: 0...4, width: 30)
        // Bins [0,1) [1,2) [2,3) [3,4] hold 1, 2, 0, 4. Labels "[0, 1)" are 6 wide and counts 1,
        // leaving 30 − 6 − 3 − 1 = 20 cells: 4 fills them, 2 fills 10, 1 fills 5.
        // Mean 14 / 7 = 2; variance (4 + 1 + 1 + 4 × 1) / 7 = 10 / 7, std √1.43 = 1.195…
        #expect(histogram.text == """
            [0, 1)  █████ 1
            [1, 2)  ██████████ 2
            [2, 3)   0
            [3, 4]  ████████████████████ 4
            7 values, mean 2, std 1.2
            """)
    }

    @Test func automaticBinsHaveRoundEdges() {
        // 0…9 in about 5 bins: a width of 2 gives edges 0, 2, …, 10 and exactly 5 bins.
        let histogram = Histogram(values: (0...9).map(Double.init), bins: 5)
        #expect(histogram.edges == [0, 2, 4, 6, 8, 10])
        #expect(histogram.counts == [2, 2, 2, 2, 2])
    }

    @Test func theLastBinHoldsItsUpperEdgeAndValuesOutsideAGivenRangeAreCounted() {
        let histogram = Histogram(values: [0.0, 0.25, 0.5, 0.75, 1, 1.5, -1], bins: 4, range: 0...1)
        #expect(histogram.counts == [1, 1, 1, 2])
        #expect(histogram.outside == 2)
        #expect(histogram.text.contains("note: 2 values outside 0…1 not counted"))
    }

    @Test func everyValueIsCountedOnce() {
        var values = (0..<1000).map { sin(Double($0)) * 3 }
        values += [.nan, .infinity, -.infinity]
        let histogram = Histogram(values: values, bins: 17)
        #expect(histogram.counts.reduce(0, +) + histogram.outside == 1000)
        #expect(histogram.nonFinite == 3)
        #expect(histogram.text.contains("note: 3 values NaN or infinite not counted"))
    }

    @Test func theSummaryLineMatchesTheData() throws {
        let values = [1.0, 2, 3, 4]
        let histogram = Histogram(values: values, bins: 4)
        // Mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, over 4 is 1.25.
        #expect(histogram.mean == 2.5)
        #expect(try #require(histogram.standardDeviation) == 1.25.squareRoot())
        #expect(histogram.text.hasSuffix("4 values, mean 2.5, std 1.12"))
    }

    @Test func nothingFiniteGivesANote() {
        let empty = Histogram(title: "Weights", values: [Double]())
        #expect(empty.text == "Weights\n(no finite values to draw)")
        let broken = Histogram(values: [Float.nan, .infinity])
        #expect(lines(broken.text) == ["(no finite values to draw)", "note: 2 values NaN or infinite not counted"])
    }

    @Test func identicalValuesStillGetABin() {
        let histogram = Histogram(values: Array(repeating: 5.0, count: 10))
        #expect(histogram.counts.reduce(0, +) == 10)
        #expect(histogram.counts.filter { $0 > 0 }.count == 1)
    }

    @Test(arguments: [Histogram.Orientation.horizontal, .vertical])
    func noLineIsWiderThanTheWidth(orientation: Histogram.Orientation) {
        let values = (0..<500).map { Float(sin(Double($0) * 0.7) * 1e-3) }
        for width in [30, 72, 100] {
            let histogram = Histogram(title: "Weights", values: values, bins: 80,
                                      orientation: orientation, width: width)
            #expect(lines(histogram.text).allSatisfy { $0.count <= width }, "width \(width)")
        }
    }

    @Test func aVerticalHistogramsFullestBinReachesTheTopRow() {
        let histogram = Histogram(values: [0.0, 1, 1, 2, 2, 2, 2, 3], bins: 4, range: 0...4,
                                  orientation: .vertical, width: 40, height: 8)
        let rows = lines(histogram.text).prefix(8)
        // Bin [2, 3) holds 4 of at most 4: a full column in every row; bin [0, 1) holds 1 of 4,
        // 2 of 8 rows, so the top row shows only the fullest bin.
        #expect(rows.allSatisfy { $0.contains("█") })
        #expect(rows.first?.hasPrefix("4 ┤") == true)
        #expect(lines(histogram.text)[8].hasPrefix("0 └"))
        let axisLabels = lines(histogram.text)[9].split(separator: " ")
        #expect(axisLabels.first == "0")
        #expect(axisLabels.last == "4")
    }

    @Test func histogramsAreFiguresOfKindHistogram() {
        let figure: any Figure = Histogram(values: [1.0])
        #expect(figure.kind == "histogram")
    }
}
