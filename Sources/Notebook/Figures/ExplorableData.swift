/// An explorable figure's data: a frame per value of its parameter, each a whole figure
/// with its text and its data, and the frame to show first.
public struct ExplorableData: Codable, Sendable, Equatable {
    /// One frame: the parameter's value and the figure drawn for it.
    public struct Frame: Codable, Sendable, Equatable {
        /// The value as the slider labels it (`10`).
        public let value: String
        /// The frame's kind of figure (`line-plot`).
        public let kind: String
        /// The frame as text.
        public let text: String
        /// The frame as data.
        public let data: FigureData
    }

    /// The line above the figure, if any.
    public let title: String?
    /// What the slider sets (`layers`).
    public let parameter: String
    /// The position of the frame shown first.
    public let initial: Int
    /// The frames in slider order.
    public let frames: [Frame]
}
