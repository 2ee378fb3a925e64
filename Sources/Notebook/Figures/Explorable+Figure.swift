extension Explorable: Figure {
    /// "explorable".
    public var kind: String { "explorable" }

    /// The first, the initial (or middle) and the last frame, each under a line naming its
    /// value: a terminal cannot slide, and three frames show which way things go.
    public var text: String {
        var lines = TextLayout.titleLines(title, width: defaultFigureWidth)
        for (position, index) in shownFrames.enumerated() {
            if position > 0 { lines.append("") }
            let count = position == 0
                ? "frame 1 of \(frames.count); the page has a slider"
                : "frame \(index + 1) of \(frames.count)"
            lines.append(TextLayout.truncated("▸ \(parameter) = \(values[index])  (\(count))", to: defaultFigureWidth))
            lines.append(frames[index].text)
        }
        return TextLayout.joined(lines)
    }

    /// The positions of the frames the text shows, in order.
    var shownFrames: [Int] {
        let middle = initial == 0 || initial == frames.count - 1 ? (frames.count - 1) / 2 : initial
        return Array(Set([0, middle, frames.count - 1])).sorted()
    }

    /// Every frame's data and text, with its value.
    public var data: FigureData {
        .explorable(ExplorableData(
            title: title, parameter: parameter, initial: initial,
            frames: zip(values, frames).map { value, figure in
                ExplorableData.Frame(value: value, kind: figure.kind, text: figure.text, data: figure.data)
            }
        ))
    }
}
