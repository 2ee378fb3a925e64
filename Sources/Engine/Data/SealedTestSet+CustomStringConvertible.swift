extension SealedTestSet: CustomStringConvertible {
    /// The size and the opening record, for a lesson's output:
    ///
    /// ```
    /// test set: 360 examples, opened 2 times
    ///   1. final evaluation
    ///   2. compare with the runner-up (warned: the score is now optimistic)
    /// ```
    public var description: String {
        guard !isSealed else { return "test set: \(count) examples, sealed (never opened)" }
        let times = openings.count == 1 ? "once" : "\(openings.count) times"
        let lines = openings.map { opening in
            "  \(opening.number). \(opening.reason)"
                + (opening.warning == nil ? "" : " (warned: the score is now optimistic)")
        }
        return (["test set: \(count) examples, opened \(times)"] + lines).joined(separator: "\n")
    }
}

extension SealedTestSet: CustomReflectable {
    /// What `dump`, `Mirror` and debuggers see: the size and the openings, never the rows.
    public var customMirror: Mirror {
        Mirror(self, children: ["count": count, "openings": openings], displayStyle: .struct)
    }
}
