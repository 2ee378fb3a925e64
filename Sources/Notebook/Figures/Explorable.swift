/// A figure a reader explores with a slider: one frame per value of a parameter, every
/// frame computed by the run.
///
///     show(Explorable("layers", values: Array(1...20), initial: 10) { n in
///         LinePlot(title: "Gradient through \(n) layers", series: …, yRange: 1e-12...1)
///     })
///
/// The page shows the frame of `initial` and a slider that switches between the frames
/// (drawn when the page was built: nothing is computed in the browser); the terminal shows
/// the first, the initial or middle, and the last frame. Give the frames the same axes
/// (`yRange`) so that moving the slider moves the data, not the scale.
public struct Explorable: Sendable {
    /// The most frames an explorable holds, which keeps a page light.
    public static let maximumFrames = 100

    /// What the slider sets, in words (`layers`).
    public let parameter: String
    /// The line above the figure, if any.
    public let title: String?
    /// Each value of the parameter as the slider labels it, in slider order.
    public let values: [String]
    /// The figure for each value.
    public let frames: [any Figure]
    /// The position of the frame shown first.
    public let initial: Int

    /// One frame per value in `values`, drawn by `frame`; the page first shows `initial`'s
    /// frame (the first value's when `initial` is nil or not among the values).
    public init<Value: Equatable>(
        _ parameter: String, values: [Value], initial: Value? = nil, title: String? = nil,
        frame: (Value) throws -> any Figure
    ) rethrows {
        precondition(!values.isEmpty, "an explorable figure needs at least one value of “\(parameter)”")
        precondition(values.count <= Self.maximumFrames,
                     "an explorable figure holds at most \(Self.maximumFrames) frames, not \(values.count)")
        self.parameter = parameter
        self.title = title
        self.values = values.map(ValueFormatter.format)
        frames = try values.map { value in
            let figure = try frame(value)
            precondition(!(figure is Explorable), "a frame of an explorable figure cannot itself be explorable")
            return figure
        }
        self.initial = initial.flatMap { values.firstIndex(of: $0) } ?? 0
    }
}
