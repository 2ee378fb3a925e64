/// Smaller and reshaped sets for the lessons: learning curves use the first N examples,
/// few-shot experiments a class-balanced subset, transfer learning a subset of the classes.
extension Dataset {
    /// The first `n` examples, in stored order.
    public func prefix(_ n: Int) -> Dataset {
        precondition(n >= 0 && n <= count, "asked for the first \(n) examples of a set of \(count)")
        return subset(rows: 0..<n)
    }

    /// `n` examples of every class that occurs, chosen at random by `generator`, in a
    /// shuffled order.
    public func balancedSubset(perClass n: Int, using generator: inout SeededGenerator) -> Dataset {
        precondition(isClassification, "a class-balanced subset needs class labels")
        precondition(n >= 0, "cannot take \(n) examples per class")
        var chosen: [Int] = []
        for (label, rows) in rowsByClass() where !rows.isEmpty {
            precondition(rows.count >= n, "class \(label) has only \(rows.count) examples, \(n) were asked for")
            var shuffled = rows
            shuffled.shuffle(using: &generator)
            chosen += shuffled.prefix(n)
        }
        chosen.shuffle(using: &generator)
        return subset(rows: chosen)
    }

    /// Only the examples whose label is in `classes`, in stored order.
    ///
    /// With `remappingLabels`, the labels become positions in `classes`:
    /// `onlyClasses([5, 6, 7, 8, 9], remappingLabels: true)` turns 5 into 0 and 9 into 4,
    /// so a 5-way classifier can be trained on them.
    public func onlyClasses(_ classes: some Sequence<Int>, remappingLabels: Bool = false) -> Dataset {
        precondition(isClassification, "selecting classes needs class labels")
        let classList = Array(classes)
        precondition(Set(classList).count == classList.count, "classes \(classList) name a class twice")
        var newLabel: [Int: Int] = [:]
        for (position, label) in classList.enumerated() { newLabel[label] = remappingLabels ? position : label }
        let rows = labels.indices.filter { newLabel[labels[$0]] != nil }
        let kept = gatherRows(rows, of: features)
        return Dataset(features: kept, labels: rows.compactMap { newLabel[labels[$0]] })
    }

    /// The same examples with each one reshaped to `shape`, e.g. digits from `[N, 64]`
    /// rows to `[N, 1, 8, 8]` images for a convolutional network.
    public func reshapingExamples(to shape: [Int]) -> Dataset {
        precondition(shape.reduce(1, *) == valuesPerExample,
                     "an example of shape \(exampleShape) cannot be reshaped to \(shape)")
        // [N, ...] -> [N, shape...]
        let reshaped = Tensor(shape: [count] + shape, scalars: features.scalars)
        if let targets {
            return Dataset(features: reshaped, targets: Tensor(shape: targets.shape, scalars: targets.scalars))
        }
        return Dataset(features: reshaped, labels: labels)
    }

    /// The examples of all `parts`, one after another; they must agree in example shape and
    /// be all classification or all regression sets.
    public init(concatenating parts: [Dataset]) {
        guard let first = parts.first else {
            preconditionFailure("concatenating needs at least one dataset")
        }
        precondition(parts.allSatisfy { $0.exampleShape == first.exampleShape },
                     "cannot concatenate examples of shapes \(parts.map(\.exampleShape))")
        precondition(parts.allSatisfy { $0.isClassification == first.isClassification },
                     "cannot concatenate classification and regression sets")
        let total = parts.reduce(0) { $0 + $1.count }
        // [N_1, ...] ++ [N_2, ...] ++ ... -> [N_1 + N_2 + ..., ...]
        let features = Tensor(shape: [total] + first.exampleShape, scalars: parts.flatMap(\.features.scalars))
        if let firstTargets = first.targets {
            let targetShape = Array(firstTargets.shape.dropFirst())
            let targetValues = parts.flatMap { $0.targets?.scalars ?? [] }
            self.init(features: features, targets: Tensor(shape: [total] + targetShape, scalars: targetValues))
        } else {
            self.init(features: features, labels: parts.flatMap(\.labels))
        }
    }

    /// The rows of each class, in stored order, indexed by class.
    func rowsByClass() -> [(label: Int, rows: [Int])] {
        var rows = [[Int]](repeating: [], count: classCount)
        for (row, label) in labels.enumerated() { rows[label].append(row) }
        return rows.enumerated().map { (label: $0.offset, rows: $0.element) }
    }
}
