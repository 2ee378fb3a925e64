/// A dataset divided into training, validation and a sealed test part.
///
/// - `training` fits the parameters;
/// - `validation` chooses everything else (architecture, learning rate, epochs, early stopping);
/// - `test` reports the final number, once, after every choice has been made: it stays sealed
///   until `test.open(reason:)`.
public struct DataSplit {
    /// The examples the model's parameters are fitted to.
    public let training: Dataset
    /// The examples used to choose between models and hyperparameters.
    public let validation: Dataset
    /// The held-out examples, sealed until explicitly opened.
    public let test: SealedTestSet

    /// A split from parts made elsewhere; `test` is sealed here.
    public init(training: Dataset, validation: Dataset, sealing test: Dataset) {
        self.init(training: training, validation: validation, test: SealedTestSet(sealing: test))
    }

    init(training: Dataset, validation: Dataset, test: SealedTestSet) {
        self.training = training
        self.validation = validation
        self.test = test
    }

    /// Training and validation examples together: everything but the test set, e.g. for
    /// cross-validation or for a final fit once the hyperparameters are chosen.
    public var trainingAndValidation: Dataset {
        Dataset(concatenating: [training, validation])
    }
}

extension Dataset {
    /// Splits the examples at random into training, validation and a sealed test part.
    ///
    /// The three fractions must add up to 1. Stratified (the default for classification),
    /// each class is split on its own, so every part keeps the class proportions of the
    /// whole, up to one example per class; regression sets are always split unstratified.
    /// Within each part the rows come in a shuffled order.
    ///
    /// ```swift
    /// var generator = SeededGenerator(seed: 7)
    /// let split = digits.split(training: 0.6, validation: 0.2, test: 0.2, using: &generator)
    /// ```
    public func split(
        training: Double, validation: Double, test: Double, stratified: Bool = true,
        using generator: inout SeededGenerator
    ) -> DataSplit {
        precondition([training, validation, test].allSatisfy { $0 >= 0 && $0 <= 1 },
                     "split fractions must lie in 0...1, got \(training), \(validation), \(test)")
        precondition(abs(training + validation + test - 1) < 1e-9,
                     "split fractions must add up to 1, got \(training) + \(validation) + \(test)")
        let groups = RowPartition.groups(count: count, labels: labels, stratified: stratified)
        let rows = RowPartition.split(
            groups, validationFraction: validation, testFraction: test, using: &generator)
        return DataSplit(
            training: subset(rows: rows.training),
            validation: subset(rows: rows.validation),
            test: SealedTestSet(sealing: subset(rows: rows.test))
        )
    }
}
