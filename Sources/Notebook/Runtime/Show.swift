/// Shows a value in the current cell's output: a table or plot as a figure, a number
/// formatted for reading, anything else as it describes itself.
public func show(_ value: Any) {
    if let figure = value as? any Figure {
        if let notebook = Notebook.current {
            notebook.show(figure: figure.kind, text: figure.text, data: figure.data)
        } else {
            print(figure.text)
        }
    } else {
        print(ValueFormatter.format(value))
    }
}

/// Shows several figures one after another (for example one histogram per layer).
public func show(_ figures: [any Figure]) {
    for figure in figures { show(figure) }
}
