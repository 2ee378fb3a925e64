import Foundation
import Notebook
@testable import Site
import Testing

/// An explorable figure on the page: a labelled slider and one precomputed frame per value.
@Suite struct ExplorableHTMLTests {
    static let explorable = Explorable("layers", values: [1, 2, 3], initial: 2, title: "Gradient by depth") { layers in
        LinePlot(title: "Through \(layers) layers", series: [.init("sigmoid", (0...layers).map { pow(0.25, Double($0)) })],
                 xLabel: "layers stepped back", yLabel: "gradient", yScale: .log, yRange: 1e-3...1)
    }

    private var html: String {
        FigureHTML(id: "figure-2-1").html(kind: Self.explorable.kind, text: Self.explorable.text, data: Self.explorable.data)
    }

    @Test func theFigureMatchesTheSnapshot() throws {
        #expect(try matchesSnapshot(html, "figures/explorable.html"), "run with RECORD_SNAPSHOTS=1 to accept the new figure")
    }

    @Test func theSliderIsLabelledAndSaysItsValue() {
        #expect(html.contains("<label for=\"figure-2-1-slider\">layers</label> <input type=\"range\" class=\"explorer-slider\" "
            + "id=\"figure-2-1-slider\" min=\"0\" max=\"2\" step=\"1\" value=\"1\" aria-valuetext=\"layers = 2\""))
        #expect(html.contains("<output class=\"explorer-value\" for=\"figure-2-1-slider\" aria-hidden=\"true\">2</output>"))
        #expect(html.contains("<div class=\"explorer needs-js\">"), "without scripts there is no slider, only the first frame")
    }

    @Test func everyFrameIsDrawnAndOnlyTheInitialOneIsShown() {
        let frames = html.components(separatedBy: "<div class=\"explorable-frame\"").dropFirst()
        #expect(frames.count == 3)
        #expect(frames.map { $0.hasPrefix(" data-value=\"2\">") } == [false, true, false])
        #expect(frames.allSatisfy { $0.contains("<svg class=\"chart\"") && $0.contains("<pre class=\"figure-text-form\">") })
        #expect(html.contains("<p class=\"frame-title\" id=\"figure-2-1-2-name\">Through 3 layers</p>"))
        #expect(html.contains("aria-labelledby=\"figure-2-1-0-name\" aria-describedby=\"figure-2-1-0-desc\""),
                "each frame's drawing has a name and a description of its own")
        #expect(html.contains("<span class=\"figure-title\" id=\"figure-2-1-name\">Gradient by depth</span>"))
    }

    @Test func theSearchIndexDescribesTheSliderAndTheFrameShownFirst() {
        let description = FigureDescription(data: Self.explorable.data).description
        #expect(description.hasPrefix("A slider over 3 frames, for layers from 1 to 3. At layers = 2: Through 2 layers. Line plot:"))
    }
}
