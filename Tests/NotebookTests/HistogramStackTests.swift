import Foundation
import Testing
@testable import Notebook

struct HistogramStackTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private let layers: [(label: String, values: [Double])] = (1...4).map { layer in
        ("layer \(layer)", (0..<400).map { tanh(sin(Double($0) * 1.3) * Double(layer)) })
    }

    @Test func eachSampleGetsARowWithItsStatistics() {
        let stack = HistogramStack(title: "Activations", layers, range: -1...1)
        let rendered = lines(stack.text)
        #expect(rendered[0] == "Activations")
        for (index, layer) in layers.enumerated() {
            let row = rendered[index + 1]
            #expect(row.hasPrefix(layer.label))
            let mean = layer.values.reduce(0, +) / Double(layer.values.count)
            #expect(row.contains("mean " + readable(mean)) || row.contains(readable(mean)))
        }
    }

    @Test func allRowsShareTheBinsAndEachRowPeaksAtAFullBlock() {
        let stack = HistogramStack(layers, bins: 20, range: -1...1)
        #expect(stack.edges.count == 21)
        #expect(stack.rows.allSatisfy { $0.counts.count == 20 })
        #expect(stack.rows.allSatisfy { $0.counts.reduce(0, +) == 400 })
        #expect(lines(stack.text).prefix(4).allSatisfy { $0.contains("█") })
    }

    @Test func theAxisUnderTheRowsShowsTheRangeEnds() {
        let stack = HistogramStack(layers, bins: 20, range: -1...1)
        let axisLabels = lines(stack.text).dropFirst(5).first?.split(separator: " ").map(String.init)
        #expect(axisLabels?.first == "-1")
        #expect(axisLabels?.last == "1")
    }

    @Test func valuesOutsideTheRangeAreNotedPerRow() {
        let stack = HistogramStack([("wide", [-2.0, 0, 2]), ("narrow", [0.0, 0.5])], range: -1...1)
        #expect(stack.text.contains("note: wide: 2 values outside -1…1 not counted"))
        #expect(!stack.text.contains("narrow: "))
    }

    @Test func aRowOfOnlyNaNIsShownAndNoted() {
        let stack = HistogramStack([("ok", [0.0, 1]), ("broken", [Double.nan])])
        #expect(stack.text.contains("note: broken: 1 value NaN or infinite not counted"))
        #expect(lines(stack.text).contains { $0.hasPrefix("broken") && $0.hasSuffix("std   –") })
    }

    @Test func nothingToDrawGivesANote() {
        #expect(HistogramStack([(label: String, values: [Double])]()).text == "(no histograms to draw)")
        #expect(HistogramStack([("a", [Double.nan])]).text == "(no finite values to draw)")
    }

    @Test(arguments: [40, 72, 120])
    func noLineIsWiderThanTheWidth(width: Int) {
        let stack = HistogramStack(layers.map { ("a rather long layer name \($0.label)", $0.values) },
                                   bins: 200, width: width)
        #expect(lines(stack.text).allSatisfy { $0.count <= width })
    }

    @Test func stacksAreFiguresOfKindHistogramStack() {
        let figure: any Figure = HistogramStack([("a", [1.0])])
        #expect(figure.kind == "histogram-stack")
    }
}
