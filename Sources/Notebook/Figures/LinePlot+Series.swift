extension LinePlot {
    /// One named curve: y values at x values.
    public struct Series: Sendable {
        /// The name shown in the legend; an empty name leaves the series out of the legend.
        public let name: String
        /// The x values, one per point.
        public let x: [Double]
        /// The y values, one per point.
        public let y: [Double]
        /// The character the series is drawn with, or nil for the next of `LinePlot.markers`.
        public let marker: Character?

        /// A series over x = 1, 2, …, n, as for a value per epoch.
        public init<Y: BinaryFloatingPoint>(_ name: String, _ y: [Y], marker: Character? = nil) {
            self.init(name, x: (0..<y.count).map { Double($0 + 1) }, y: y, marker: marker)
        }

        /// A series through the points (x[i], y[i]); extra values of the longer array are ignored.
        public init<X: BinaryFloatingPoint, Y: BinaryFloatingPoint, XValues: Sequence>(
            _ name: String, x: XValues, y: [Y], marker: Character? = nil
        ) where XValues.Element == X {
            self.name = name
            self.x = x.map { Double($0) }
            self.y = y.map { Double($0) }
            self.marker = marker
        }

        /// A series through the points (x[i], y[i]) at whole-number x values, such as steps.
        public init<X: BinaryInteger, Y: BinaryFloatingPoint, XValues: Sequence>(
            _ name: String, x: XValues, y: [Y], marker: Character? = nil
        ) where XValues.Element == X {
            self.init(name, x: x.map { Double($0) }, y: y, marker: marker)
        }

        /// A function sampled at `points` evenly spaced x values across `range`:
        /// `.init("σ′", over: -6...6) { s($0) * (1 - s($0)) }`.
        public init(
            _ name: String,
            over range: ClosedRange<Double>,
            points: Int = 145,
            marker: Character? = nil,
            _ function: (Double) -> Double
        ) {
            precondition(points >= 2, "a sampled series needs at least 2 points, not \(points)")
            let xs = (0..<points).map { index in
                range.lowerBound + (range.upperBound - range.lowerBound) * Double(index) / Double(points - 1)
            }
            self.init(name, x: xs, y: xs.map(function), marker: marker)
        }
    }

    /// A dashed vertical line across the plot at one x value, named in the legend.
    public struct VerticalLine: Sendable {
        /// Where the line stands.
        public let x: Double
        /// What it marks, as the legend shows it: "best epoch at 15".
        public let label: String

        /// A line at `x` labelled `label`.
        public init<X: BinaryFloatingPoint>(at x: X, label: String) {
            self.x = Double(x)
            self.label = label
        }

        /// A line at a whole-number `x`, such as an epoch.
        public init(at x: Int, label: String) {
            self.x = Double(x)
            self.label = label
        }
    }
}
