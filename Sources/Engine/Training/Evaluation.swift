/// Measuring a model on a dataset, in evaluation mode and without recording gradients.

/// The rows `evaluate` and `predictions` run through the model at once, unless told otherwise.
public let defaultEvaluationBatchSize = 256

/// The mean loss and the accuracy of `model` on `dataset` (accuracy is NaN for regression).
///
/// Puts the model in evaluation mode (dropout off, batch norm on running statistics) and
/// leaves it there; `fit` switches back to training mode at the start of each epoch.
public func evaluate(_ model: any Layer, on dataset: Dataset, loss: Loss = .crossEntropy,
                     batchSize: Int = defaultEvaluationBatchSize) -> (loss: Double, accuracy: Double) {
    precondition(dataset.count > 0, "cannot evaluate on an empty dataset")
    model.setTraining(false)
    return withoutGradients {
        var (totalLoss, correct, counted) = (0.0, 0, 0)
        for batch in dataset.batches(of: batchSize) {
            let output = model(batch.inputs)
            let examples = batch.inputs.shape[0]
            totalLoss += Double(loss(output, for: batch).scalar) * Double(examples)
            if let right = loss.correctCount(output, for: batch) { correct += right; counted += examples }
        }
        return (totalLoss / Double(dataset.count), counted > 0 ? Double(correct) / Double(counted) : .nan)
    }
}

/// The class `model` predicts for each example of `dataset` (the largest output), in evaluation mode.
public func predictions(of model: any Layer, on dataset: Dataset, batchSize: Int = defaultEvaluationBatchSize) -> [Int] {
    model.setTraining(false)
    return withoutGradients {
        dataset.batches(of: batchSize).flatMap { predictedClasses(model($0.inputs)) }
    }
}

/// The share of `predicted` classes equal to `labels`.
public func accuracy(predicted: [Int], labels: [Int]) -> Double {
    precondition(predicted.count == labels.count && !labels.isEmpty,
                 "accuracy needs as many predictions as labels (and at least one), got \(predicted.count) and \(labels.count)")
    return Double(zip(predicted, labels).filter { $0 == $1 }.count) / Double(labels.count)
}
