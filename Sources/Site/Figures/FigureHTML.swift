import Notebook

/// A figure on the page: drawn from its data (an SVG plot or an HTML table) with an
/// accessible name and description, its notes, and its text form (what the terminal shows)
/// one click away. Without data (a figure recorded as text only) the text is the figure.
struct FigureHTML {
    /// The figure's `id` in the page, unique within it (`figure-3-1`).
    let id: String

    func html(kind: String, text: String, data: FigureData?) -> String {
        let textForm = "<pre class=\"figure-text-form\">\(text.trimmingTrailingNewlines.htmlEscaped)</pre>"
        guard let data else {
            return "<figure class=\"figure \(kind.htmlEscaped)\" id=\"\(id)\">\(textForm)</figure>"
        }
        let described = FigureDescription(data: data)
        let name = described.name
        let titled = data.title != nil
        var out = "<figure class=\"figure \(kind.htmlEscaped)\" id=\"\(id)\" data-view=\"graphic\">\n"
        out += "<figcaption><span class=\"figure-title\(titled ? "" : " visually-hidden")\" id=\"\(id)-name\">"
        out += "\(name.htmlEscaped)</span> <button type=\"button\" class=\"figure-switch needs-js\" aria-pressed=\"false\" "
        out += "aria-controls=\"\(id)\">Show as text</button></figcaption>\n"
        out += "<div class=\"figure-graphic\">\n"
        let drawing: FigureDrawing
        switch data {
        case .table(let table):
            out += "<span class=\"visually-hidden\" id=\"\(id)-desc\">\(described.description.htmlEscaped)</span>\n"
            out += TableHTML(data: table).html(name: name, describedBy: "\(id)-desc") + "\n"
            return finish(out, data: data, textForm: textForm)
        case .linePlot(let plot): drawing = LinePlotSVG(data: plot).drawing
        case .barChart(let chart): drawing = BarChartSVG(data: chart).drawing
        case .histogram(let histogram): drawing = HistogramSVG(data: histogram).drawing
        case .histogramStack(let stack): drawing = HistogramStackSVG(data: stack).drawing
        }
        out += svg(drawing, description: described.description) + "\n"
        return finish(out, data: data, textForm: textForm)
    }

    /// The notes, the text form, and the figure's end.
    private func finish(_ start: String, data: FigureData, textForm: String) -> String {
        start + notes(data) + "</div>\n<div class=\"figure-text\">\(textForm)</div>\n</figure>"
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
