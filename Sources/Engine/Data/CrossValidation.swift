/// One round of k-fold cross-validation: one fold held out for validation, the others for training.
public struct Fold {
    /// 1 for the first fold, up to `k`.
    public let number: Int
    /// The examples of the other `k − 1` folds.
    public let training: Dataset
    /// The examples of this fold.
    public let validation: Dataset
    /// The rows of the source set that form this fold's validation part, ascending.
    public let validationRows: [Int]
}

extension Dataset {
    /// The `k` folds of k-fold cross-validation: the rows are dealt at random into `k` parts
    /// of sizes differing by at most one, and fold `i` validates on part `i` and trains on
    /// the rest. Stratified (the default for classification), every part gets the same share
    /// of each class, up to one example; regression sets are dealt unstratified.
    public func folds(
        _ k: Int, stratified: Bool = true, using generator: inout SeededGenerator
    ) -> [Fold] {
        precondition(k >= 2, "cross-validation needs at least 2 folds, got \(k)")
        precondition(k <= count, "cannot make \(k) folds out of \(count) examples")
        let groups = RowPartition.groups(count: count, labels: labels, stratified: stratified)
        let parts = RowPartition.folds(groups, k: k, using: &generator)
        return parts.enumerated().map { index, validationRows in
            var held = [Bool](repeating: false, count: count)
            for row in validationRows { held[row] = true }
            return Fold(
                number: index + 1,
                training: subset(rows: (0..<count).filter { !held[$0] }),
                validation: subset(rows: validationRows),
                validationRows: validationRows
            )
        }
    }

    /// k-fold cross-validation: `score` trains a fresh model on each fold's training part
    /// and returns its score on the fold's validation part.
    ///
    /// ```swift
    /// let result = split.trainingAndValidation.crossValidate(folds: 5, using: &generator) { training, validation in
    ///     let model = MLP(...)           // a fresh model for every fold
    ///     _ = fit(model, on: training, ...)
    ///     return evaluate(model, on: validation).accuracy
    /// }
    /// print(result)                      // 5-fold cross-validation: 0.951 ± 0.012 ...
    /// ```
    public func crossValidate(
        folds k: Int, stratified: Bool = true, using generator: inout SeededGenerator,
        score: (_ training: Dataset, _ validation: Dataset) throws -> Double
    ) rethrows -> CrossValidationResult {
        let scores = try folds(k, stratified: stratified, using: &generator).map { fold in
            try score(fold.training, fold.validation)
        }
        return CrossValidationResult(foldScores: scores)
    }
}

extension DataSplit {
    /// k-fold cross-validation over everything but the (still sealed) test set; see
    /// `Dataset.crossValidate(folds:stratified:using:score:)`.
    public func crossValidate(
        folds k: Int, stratified: Bool = true, using generator: inout SeededGenerator,
        score: (_ training: Dataset, _ validation: Dataset) throws -> Double
    ) rethrows -> CrossValidationResult {
        try trainingAndValidation.crossValidate(
            folds: k, stratified: stratified, using: &generator, score: score)
    }
}
