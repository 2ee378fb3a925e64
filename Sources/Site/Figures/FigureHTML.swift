import Notebook

/// A figure on the page: drawn from its data (an SVG plot or an HTML table) with an
/// accessible name and description, its notes, and its text form (what the terminal shows)
/// one click away. Without data (a figure recorded as text only) the text is the figure.
struct FigureHTML {
    /// The figure's `id` in the page, unique within it (`figure-3-1`).
    let id: String

    func html(kind: String, text: String, data: FigureData?) -> String {
        let textForm = Self.textForm(text)
        guard let data else {
            return "<figure class=\"figure \(kind.htmlEscaped)\" id=\"\(id)\">\(textForm)</figure>"
        }
        if case .explorable(let explorable) = data {
            return ExplorableHTML(id: id, data: explorable).html(kind: kind)
        }
        let name = FigureDescription(data: data).name
        return opening(kind: kind, name: name, titled: data.title != nil) + "<div class=\"figure-graphic\">\n"
            + graphic(data, name: name) + "</div>\n<div class=\"figure-text\">\(textForm)</div>\n</figure>"
    }

    /// `<figure …>` and its caption: the name (visible when the lesson titled the figure) and
    /// the button that switches between the drawing and the text.
    func opening(kind: String, name: String, titled: Bool) -> String {
        var out = "<figure class=\"figure \(kind.htmlEscaped)\" id=\"\(id)\" data-view=\"graphic\">\n"
        out += "<figcaption><span class=\"figure-title\(titled ? "" : " visually-hidden")\" id=\"\(id)-name\">"
        out += "\(name.htmlEscaped)</span> <button type=\"button\" class=\"figure-switch needs-js\" aria-pressed=\"false\" "
        out += "aria-controls=\"\(id)\">Show as text</button></figcaption>\n"
        return out
    }

    /// The drawing of `data` (named by the element `\(id)-name`), its description and its notes.
    func graphic(_ data: FigureData, name: String) -> String {
        let described = FigureDescription(data: data)
        let drawing: FigureDrawing
        switch data {
        case .table(let table):
            return "<span class=\"visually-hidden\" id=\"\(id)-desc\">\(described.description.htmlEscaped)</span>\n"
                + TableHTML(data: table).html(name: name, describedBy: "\(id)-desc") + "\n" + notes(data)
        case .linePlot(let plot): drawing = LinePlotSVG(data: plot).drawing
        case .barChart(let chart): drawing = BarChartSVG(data: chart).drawing
        case .histogram(let histogram): drawing = HistogramSVG(data: histogram).drawing
        case .histogramStack(let stack): drawing = HistogramStackSVG(data: stack).drawing
        case .explorable: preconditionFailure("an explorable figure's frames are figures of the other kinds")
        }
        return svg(drawing, description: described.description) + "\n" + notes(data)
    }

    /// The text form, as the terminal shows it.
    static func textForm(_ text: String) -> String {
        "<pre class=\"figure-text-form\">\(text.trimmingTrailingNewlines.htmlEscaped)</pre>"
    }

    private func svg(_ drawing: FigureDrawing, description: String) -> String {
        let size = "\(SVG.number(drawing.width)) \(SVG.number(drawing.height))"
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(size)\" width=\"\(SVG.number(drawing.width))\" "
        out += "height=\"\(SVG.number(drawing.height))\" font-size=\"\(SVG.number(PlotFrame.fontSize))\" role=\"img\" "
        out += "aria-labelledby=\"\(id)-name\" aria-describedby=\"\(id)-desc\">\n"
        out += "<desc id=\"\(id)-desc\">\(description.htmlEscaped)</desc>\n"
        out += drawing.elements.joined(separator: "\n") + "\n</svg>"
        if !drawing.legend.isEmpty {
            out += "\n<ul class=\"legend\">"
            out += drawing.legend.map { "<li>\($0.swatch)<span>\($0.label.htmlEscaped)</span></li>" }.joined()
            out += "</ul>"
        }
        return out
    }

    private func notes(_ data: FigureData) -> String {
        let summary: String? = if case .histogram(let histogram) = data { histogram.summary } else { nil }
        let lines = (summary.map { [$0] } ?? []) + data.notes.map { "note: " + $0 }
        guard !lines.isEmpty else { return "" }
        return "<ul class=\"figure-notes\">" + lines.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ul>\n"
    }
}
