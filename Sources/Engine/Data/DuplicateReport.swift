/// A pair of rows, one in each of two sets, with exactly the same features.
public struct DuplicateRow: Sendable, Hashable {
    /// The row in the first set.
    public let row: Int
    /// The row in the second set.
    public let otherRow: Int

    /// A pair of row positions, `row` in the first set and `otherRow` in the second.
    public init(row: Int, otherRow: Int) {
        self.row = row
        self.otherRow = otherRow
    }
}

/// Exact duplicates across the parts of a split: an example in the validation or test part
/// that also sits in the training part is not held out, and flatters every score on it.
public struct DuplicateReport: Sendable, Equatable {
    /// Training rows repeated in the validation part.
    public let trainingValidation: [DuplicateRow]
    /// Training rows repeated in the test part.
    public let trainingTest: [DuplicateRow]
    /// Validation rows repeated in the test part.
    public let validationTest: [DuplicateRow]

    /// The number of duplicate pairs across all parts.
    public var total: Int { trainingValidation.count + trainingTest.count + validationTest.count }
}

extension DuplicateReport: CustomStringConvertible {
    /// The pair counts per pair of parts, e.g.
    /// `duplicates across parts: training–validation 4, training–test 3, validation–test 0`.
    public var description: String {
        "duplicates across parts: training–validation \(trainingValidation.count), "
            + "training–test \(trainingTest.count), validation–test \(validationTest.count)"
    }
}

extension Dataset {
    /// Every pair of a row here and a row in `other` whose features are exactly equal
    /// (labels are not compared), ordered by `row`, then `otherRow`.
    public func duplicateRows(in other: Dataset) -> [DuplicateRow] {
        precondition(valuesPerExample == other.valuesPerExample,
                     "cannot compare examples of \(valuesPerExample) and \(other.valuesPerExample) values")
        let width = valuesPerExample
        let mine = features.scalars
        var rowsByValues: [ArraySlice<Float>: [Int]] = [:]
        for row in 0..<count {
            rowsByValues[mine[row * width..<(row + 1) * width], default: []].append(row)
        }
        let theirs = other.features.scalars
        var pairs: [DuplicateRow] = []
        for otherRow in 0..<other.count {
            for row in rowsByValues[theirs[otherRow * width..<(otherRow + 1) * width]] ?? [] {
                pairs.append(DuplicateRow(row: row, otherRow: otherRow))
            }
        }
        return pairs.sorted { ($0.row, $0.otherRow) < ($1.row, $1.otherRow) }
    }
}

extension DataSplit {
    /// Exact duplicates between the parts. Only row positions are reported, so the test set
    /// stays sealed.
    public func duplicatesAcrossParts() -> DuplicateReport {
        DuplicateReport(
            trainingValidation: training.duplicateRows(in: validation),
            trainingTest: test.duplicateRows(from: training),
            validationTest: test.duplicateRows(from: validation)
        )
    }
}
