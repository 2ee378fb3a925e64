import Notebook

/// The rectangle a chart plots in, inside its SVG, and the axes drawn around it: grid lines
/// at the ticks, tick marks and labels, and the axes' names (the y name above the plot, where
/// it reads horizontally, the x name under the tick labels).
struct PlotFrame {
    /// The size of labels, in the SVG's units.
    static let fontSize = 11.0

    let width: Double
    let height: Double
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double

    /// A frame in a `width` × `height` SVG with room for the labels of `x` and `y`; `leftRoom`
    /// replaces the room for y tick labels (a bar chart's bar labels), `topRoom` is added above.
    init(width: Double, height: Double, x: FigureAxis?, y: FigureAxis?, leftRoom: Double? = nil,
         rightRoom: Double = 0, topRoom: Double = 0) {
        let font = Self.fontSize
        let yLabels = y?.ticks.map { SVG.width(of: $0.label, fontSize: font) }.max() ?? 0
        let lastX = x?.ticks.last.map { SVG.width(of: $0.label, fontSize: font) / 2 } ?? 0
        self.width = width
        self.height = height
        left = 6 + (leftRoom ?? yLabels + 10)
        top = 10 + topRoom + (y?.label == nil ? 0 : font + 8)
        right = width - max(12, lastX + 4, rightRoom)
        bottom = height - (x == nil ? 8 : font + 12) - (x?.label == nil ? 0 : font + 6)
    }

    /// The horizontal position of a fraction of the x axis.
    func x(_ fraction: Double) -> Double { left + fraction * (right - left) }
    /// The vertical position of a fraction of the y axis (0 at the bottom).
    func y(_ fraction: Double) -> Double { bottom - fraction * (bottom - top) }

    /// Grid lines at the ticks of either axis, drawn first so everything else lies on top.
    func grid(x: FigureAxis?, y: FigureAxis?) -> [String] {
        let vertical = x.map { axis in
            axis.ticks.compactMap { axis.fraction(of: $0.value) }.map { SVG.line(self.x($0), top, self.x($0), bottom, class: "grid") }
        } ?? []
        let horizontal = y.map { axis in
            axis.ticks.compactMap { axis.fraction(of: $0.value) }.map { SVG.line(left, self.y($0), right, self.y($0), class: "grid") }
        } ?? []
        return vertical + horizontal
    }

    /// The x axis along the bottom: rule, ticks, labels and name.
    func xAxis(_ axis: FigureAxis) -> [String] {
        var parts = [SVG.line(left, bottom, right, bottom, class: "axis")]
        for tick in axis.ticks {
            guard let fraction = axis.fraction(of: tick.value) else { continue }
            let position = x(fraction)
            parts.append(SVG.line(position, bottom, position, bottom + 4, class: "axis"))
            parts.append(SVG.text(tick.label, x: position, y: bottom + 6 + Self.fontSize, anchor: "middle", class: "tick"))
        }
        if let label = axis.label {
            parts.append(SVG.text(label, x: (left + right) / 2, y: height - 4, anchor: "middle", class: "axis-label"))
        }
        return parts
    }

    /// The y axis along the left: rule, ticks, labels, and the name above the plot.
    func yAxis(_ axis: FigureAxis) -> [String] {
        var parts = [SVG.line(left, top, left, bottom, class: "axis")]
        for tick in axis.ticks {
            guard let fraction = axis.fraction(of: tick.value) else { continue }
            let position = y(fraction)
            parts.append(SVG.line(left - 4, position, left, position, class: "axis"))
            // Clear of a marker drawn on the axis (a point at the x range's start).
            parts.append(SVG.text(tick.label, x: left - 8, y: position + Self.fontSize * 0.35, anchor: "end", class: "tick"))
        }
        if let label = axis.label {
            parts.append(SVG.text(label, x: 6, y: top - 10, class: "axis-label"))
        }
        return parts
    }
}
