import Notebook

/// An explorable figure on the page: a slider over the parameter's values and one frame per
/// value, each drawn when the page was built, with its own text form. The script only
/// shows the frame the slider names (and keeps `aria-valuetext` saying which); without
/// scripts the initial frame stands alone, like any figure.
struct ExplorableHTML {
    /// The figure's `id` in the page (`figure-3-1`); frames and the slider derive theirs from it.
    let id: String
    let data: ExplorableData

    func html(kind: String) -> String {
        let figure = FigureHTML(id: id)
        let name = FigureDescription(data: .explorable(data)).name
        var out = figure.opening(kind: kind, name: name, titled: data.title != nil)
        out += slider() + "\n"
        for (position, frame) in data.frames.enumerated() {
            out += self.frame(frame, at: position) + "\n"
        }
        return out + "</figure>"
    }

    /// A labelled range input: arrow keys, Home, End and Page Up/Down move it natively.
    private func slider() -> String {
        let initial = data.frames[data.initial].value
        return "<div class=\"explorer needs-js\"><label for=\"\(id)-slider\">\(data.parameter.htmlEscaped)</label> "
            + "<input type=\"range\" class=\"explorer-slider\" id=\"\(id)-slider\" min=\"0\" max=\"\(data.frames.count - 1)\" "
            + "step=\"1\" value=\"\(data.initial)\" aria-valuetext=\"\(valueText(initial).htmlEscaped)\" "
            + "data-parameter=\"\(data.parameter.htmlEscaped)\"> "
            + "<output class=\"explorer-value\" for=\"\(id)-slider\" aria-hidden=\"true\">\(initial.htmlEscaped)</output></div>"
    }

    /// "layers = 10", what a screen reader says for the slider's position.
    private func valueText(_ value: String) -> String {
        "\(data.parameter) = \(value)"
    }

    /// One frame: its name (the frame's title, visible; or, hidden, what it shows and for which
    /// value), its drawing and its text; hidden unless it is the initial one.
    private func frame(_ frame: ExplorableData.Frame, at position: Int) -> String {
        let frameID = "\(id)-\(position)"
        let figure = FigureHTML(id: frameID)
        let titled = frame.data.title != nil
        let name = frame.data.title ?? "\(FigureDescription(data: frame.data).name) (\(valueText(frame.value)))"
        var out = "<div class=\"explorable-frame\" data-value=\"\(frame.value.htmlEscaped)\"\(position == data.initial ? "" : " hidden")>\n"
        out += "<p class=\"frame-title\(titled ? "" : " visually-hidden")\" id=\"\(frameID)-name\">\(name.htmlEscaped)</p>\n"
        out += "<div class=\"figure-graphic\">\n" + figure.graphic(frame.data, name: name) + "</div>\n"
        out += "<div class=\"figure-text\">\(FigureHTML.textForm(frame.text))</div>\n"
        return out + "</div>"
    }
}
