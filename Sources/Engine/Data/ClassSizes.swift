/// How many points each class of a synthetic set gets: the same number for every class
/// (`pointsPerClass: 100`), or one number per class (`pointsPerClass: [950, 50]`), which
/// makes an imbalanced set where always answering the majority class already scores well.
public struct ClassSizes: Sendable, Equatable, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    private let equal: Int?
    private let perClass: [Int]

    /// The same number of points for every class.
    public init(integerLiteral value: Int) {
        precondition(value >= 0, "a class cannot have \(value) points")
        equal = value
        perClass = []
    }

    /// One number of points per class, class 0 first.
    public init(_ counts: [Int]) {
        precondition(counts.allSatisfy { $0 >= 0 }, "a class cannot have a negative number of points: \(counts)")
        equal = nil
        perClass = counts
    }

    /// One number of points per class, class 0 first, written as an array literal.
    public init(arrayLiteral counts: Int...) {
        self.init(counts)
    }

    /// The counts for a set of `classes` classes.
    func counts(classes: Int) -> [Int] {
        if let equal { return Array(repeating: equal, count: classes) }
        precondition(perClass.count == classes, "\(perClass.count) class sizes given for \(classes) classes")
        return perClass
    }
}
