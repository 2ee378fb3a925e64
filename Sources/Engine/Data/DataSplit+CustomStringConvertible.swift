extension DataSplit: CustomStringConvertible {
    /// One line per part, e.g.
    ///
    /// ```
    /// training:   1078 examples
    /// validation:  359 examples
    /// test set: 360 examples, sealed (never opened)
    /// ```
    public var description: String {
        let width = max(String(training.count).count, String(validation.count).count)
        func padded(_ n: Int) -> String { String(repeating: " ", count: width - String(n).count) + String(n) }
        return """
            training:   \(padded(training.count)) examples
            validation: \(padded(validation.count)) examples
            \(test)
            """
    }
}
