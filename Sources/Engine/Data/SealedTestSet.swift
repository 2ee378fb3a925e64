/// The test part of a split, sealed: its rows cannot be read, batched or evaluated until
/// `open(reason:)` is called, and every opening is recorded.
///
/// A test score is an honest estimate of performance on new data only if nothing about the
/// model was chosen by looking at it. Sealing makes every look explicit:
///
/// - at compile time, this type has no accessor to its rows, is not a `Sequence` and is not
///   a `Dataset`, so `split.test` cannot be passed where training or evaluation expects data;
/// - at run time, `open(reason:)` refuses an empty reason, logs the reason, and from the
///   second opening on prints a warning that scores are now optimistic; and its mirror (what
///   `print`, `dump` and debuggers show) holds the row count and the openings, not the rows.
///
/// Copies of a sealed set share one log: opening any copy counts for all of them.
public struct SealedTestSet {
    private let rows: Dataset
    private let log: TestSetLog

    init(sealing rows: Dataset) {
        self.rows = rows
        self.log = TestSetLog()
    }

    private init(rows: Dataset, log: TestSetLog) {
        self.rows = rows
        self.log = log
    }

    /// The number of test examples (knowing it reveals nothing about them).
    public var count: Int { rows.count }

    /// Every opening so far, first to last.
    public var openings: [TestSetOpening] { log.openings }

    /// Whether the test set has never been opened.
    public var isSealed: Bool { log.openings.isEmpty }

    /// A copy of the test examples, for the evaluation named by `reason` (a copy, so that
    /// nothing done to it changes the sealed rows).
    ///
    /// The opening is recorded; from the second one on, a warning is printed and recorded
    /// with it, because a decision taken after an earlier look at the test set makes every
    /// later test score an optimistic estimate.
    public func open(reason: String) -> Dataset {
        precondition(!reason.allSatisfy(\.isWhitespace),
                     "opening the test set needs a reason, e.g. open(reason: \"final evaluation\")")
        let opening = log.record(reason: reason)
        if let warning = opening.warning { print(warning) }
        return rows.subset(rows: 0..<rows.count)
    }

    /// The same seal and log over rows changed by `transform` (used to standardize the test
    /// part with statistics from elsewhere, which reads nothing out of it).
    func mappingRows(_ transform: (Dataset) -> Dataset) -> SealedTestSet {
        SealedTestSet(rows: transform(rows), log: log)
    }

    /// The exact duplicates of `other`'s rows among the test rows, as positions only.
    func duplicateRows(from other: Dataset) -> [DuplicateRow] {
        other.duplicateRows(in: rows)
    }
}

/// One recorded opening of a sealed test set.
public struct TestSetOpening: Sendable, Equatable {
    /// 1 for the first opening, 2 for the second, and so on.
    public let number: Int
    /// Why the test set was opened, in the caller's words.
    public let reason: String
    /// The warning printed at this opening (`nil` for the first one).
    public let warning: String?
}

/// The shared, append-only record of a sealed test set's openings.
final class TestSetLog {
    private(set) var openings: [TestSetOpening] = []

    func record(reason: String) -> TestSetOpening {
        let number = openings.count + 1
        let earlier = openings.map { "\"\($0.reason)\"" }.joined(separator: ", ")
        let warning = number == 1 ? nil : """
            warning: the test set is being opened for the \(ordinal(number)) time (reason: \"\(reason)\"; \
            before: \(earlier)). Anything chosen after an earlier look at it has been fitted to it, \
            so its score is now an optimistic estimate of performance on new data.
            """
        let opening = TestSetOpening(number: number, reason: reason, warning: warning)
        openings.append(opening)
        return opening
    }

    private func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
