import Foundation
import Testing
@testable import Notebook

/// An explorable figure: one frame per value, recorded as data, and a terminal form of three frames.
@Suite struct ExplorableTests {
    static let explorable = Explorable("layers", values: Array(1...20), initial: 10) { layers in
        BarChart(title: "Gradient after \(layers) layers", labels: ["first", "last"],
                 values: [pow(0.25, Double(layers)), 1], scale: .log)
    }

    @Test func everyValueGetsAFrameInTheData() throws {
        guard case .explorable(let data) = Self.explorable.data else { Issue.record("not an explorable"); return }
        #expect(data.parameter == "layers")
        #expect(data.frames.map(\.value) == (1...20).map(String.init))
        #expect(data.initial == 9, "the frame of 10 layers comes first")
        #expect(data.frames.allSatisfy { $0.kind == "bar-chart" })
        #expect(data.frames[4].text.contains("Gradient after 5 layers"))
        guard case .barChart(let fifth) = data.frames[4].data else { Issue.record("not a bar chart"); return }
        #expect(fifth.bars.first?.value == pow(0.25, 5))

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(Self.explorable.data)
        #expect(try JSONDecoder().decode(FigureData.self, from: json) == Self.explorable.data)
        #expect(String(decoding: json, as: UTF8.self).hasPrefix(#"{"explorable":{"#))
    }

    @Test func theTextShowsTheFirstTheInitialAndTheLastFrame() {
        let text = Self.explorable.text
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("▸") }
        #expect(headings == ["▸ layers = 1  (frame 1 of 20; the page has a slider)",
                             "▸ layers = 10  (frame 10 of 20)", "▸ layers = 20  (frame 20 of 20)"])
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 })
        #expect(Self.explorable.kind == "explorable")
    }

    @Test func withoutAnInitialValueTheMiddleFrameIsShown() {
        let three = Explorable("n", values: ["a", "b", "c", "d"]) { Table(header: [$0], rows: []) }
        #expect(three.initial == 0)
        #expect(three.shownFrames == [0, 1, 3])
        #expect(Explorable("n", values: [1]) { Table(header: ["\($0)"], rows: []) }.shownFrames == [0])
    }
}
