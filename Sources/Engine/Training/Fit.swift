/// Trains `model` on `training` with mini-batch gradient descent and returns its history.
///
/// One step, in order: set the learning rate from the schedule; forward; loss (stop if it is
/// NaN or infinite); backward; gradient norm (stop if NaN or infinite) and clipping; optimizer
/// step; zero the gradients. After each epoch: evaluate on `validation`, record, report
/// `progress`, ask the callbacks whether to stop. Epochs and steps count from 1.
///
/// - Parameters:
///   - model: the network; put in training mode for each epoch, left in evaluation mode.
///   - training: the examples to learn from, reshuffled every epoch.
///   - validation: examples to evaluate on after each epoch (optional).
///   - epochs: the number of passes over `training` (fewer if a callback or a NaN stops it).
///   - batchSize: examples per step; the last batch of an epoch may be smaller.
///   - optimizer: the update rule; its learning rate is overwritten when `schedule` is given.
///   - loss: what to minimize.
///   - schedule: the learning rate per step (the optimizer's own rate when `nil`).
///   - clipping: gradient clipping before each step, or none.
///   - augment: applied to every training batch (never to validation), with its own generator.
///   - callbacks: called at fixed points (see `Callback`), e.g. `EarlyStopping(patience: 10)`.
///   - seed: decides the shuffling and the augmentation, so a run repeats exactly.
///   - batchOrders: the rows of `training` in the order each epoch visits them, one array per
///     epoch, instead of shuffling with `seed` (to replay another library's run exactly).
///   - progress: called after each epoch with its record (e.g. to print a line).
@discardableResult
public func fit(
    _ model: any Layer, on training: Dataset, validation: Dataset? = nil,
    epochs: Int, batchSize: Int, optimizer: any Optimizer, loss: Loss = .crossEntropy,
    schedule: Schedule? = nil, clipping: GradientClipping? = nil,
    augment: ((Batch, inout SeededGenerator) -> Batch)? = nil,
    callbacks: [any Callback] = [], seed: UInt64 = 0, batchOrders: [[Int]]? = nil,
    progress: ((EpochRecord) -> Void)? = nil
) -> History {
    precondition(epochs >= 1, "training needs at least one epoch, got \(epochs)")
    precondition(batchSize >= 1, "a batch needs at least one example, got \(batchSize)")
    precondition(training.count > 0, "cannot train on an empty dataset")
    precondition(batchOrders.map { $0.count >= epochs } ?? true, "batchOrders needs an order for each of the \(epochs) epochs")
    var shuffling = SeededGenerator(seed: seed)
    var augmenting = shuffling.split()
    let schedule = schedule ?? .constant(optimizer.learningRate)
    let parameters = model.parameters
    let clock = ContinuousClock()
    var history = History()
    var step = 0
    func context(epoch: Int, loss: Double = .nan) -> TrainingContext {
        TrainingContext(model: model, optimizer: optimizer, epoch: epoch, step: step, loss: loss, history: history)
    }
    for callback in callbacks { callback.trainingBegan(context(epoch: 1)) }

    training: for epoch in 1...epochs {
        let start = clock.now
        model.setTraining(true)
        var (lossSum, correct, scored, seen) = (0.0, 0, 0, 0)

        let batches = batchOrders.map { Batches(of: training, size: batchSize, order: $0[epoch - 1], dropLast: false) }
            ?? training.batches(of: batchSize, shuffledWith: &shuffling)
        for var batch in batches {
            if let augment { batch = augment(batch, &augmenting) }
            step += 1
            // Learning rate for this step (schedules count steps from 0).
            optimizer.learningRate = schedule.learningRate(atStep: step - 1)

            // Forward, loss and backward. The graph they build is released at the end of this
            // block, before the update: while it lives it shares the weights' storage, and the
            // optimizer would have to copy every weight array to change it in place.
            let locator = NonFiniteLocator(model: model, epoch: epoch, step: step)
            let batchLoss: Float, right: Int?
            do {
                let output = model(batch.inputs)
                let lossTensor = loss(output, for: batch)
                guard lossTensor.isFinite else {
                    history.stopReason = .nonFinite(locator.forLoss(lossTensor, inputs: batch.inputs))
                    break training
                }
                lossTensor.backward()
                (batchLoss, right) = (lossTensor.scalar, loss.correctCount(output, for: batch))
            }

            // The gradient norm (a NaN anywhere makes it NaN) and clipping.
            let norm = clipping?.apply(to: parameters) ?? globalGradientNorm(of: parameters)
            if !norm.isFinite, let report = locator.forGradients() {
                history.stopReason = .nonFinite(report)
                break training
            }
            // A context holds a copy of the history: built only for callbacks, and released
            // before the history grows, so appending to it never copies it.
            if !callbacks.isEmpty {
                let stepContext = context(epoch: epoch, loss: Double(batchLoss))
                for callback in callbacks { callback.afterBackward(stepContext) }
            }

            // Update, then clear the gradients for the next step.
            optimizer.step(parameters)
            if !callbacks.isEmpty {
                let stepContext = context(epoch: epoch, loss: Double(batchLoss))
                for callback in callbacks { callback.afterStep(stepContext) }
            }
            zeroGradients(of: parameters)

            // Bookkeeping for the epoch's training loss and accuracy.
            let examples = batch.inputs.shape[0]
            history.stepLosses.append(Double(batchLoss))
            history.stepGradientNorms.append(norm)
            lossSum += Double(batchLoss) * Double(examples)
            seen += examples
            if let right { correct += right; scored += examples }
        }

        // Evaluate, record, report.
        let validated = validation.map { evaluate(model, on: $0, loss: loss) }
        let record = EpochRecord(
            epoch: epoch,
            trainingLoss: lossSum / Double(seen),
            trainingAccuracy: scored > 0 ? Double(correct) / Double(scored) : .nan,
            validationLoss: validated?.loss ?? .nan,
            validationAccuracy: validated?.accuracy ?? .nan,
            learningRate: Double(optimizer.learningRate),
            seconds: (clock.now - start).seconds
        )
        history.epochs.append(record)
        progress?(record)

        // Callbacks may stop training.
        let decisions = callbacks.map { $0.epochEnded(record, context: context(epoch: epoch)) }
        if let reason = decisions.lazy.compactMap({ if case .stop(let reason) = $0 { reason } else { nil } }).first {
            history.stopReason = .callback(reason)
            break training
        }
    }

    model.setTraining(false)
    let finalContext = context(epoch: history.stoppedEpoch)
    for callback in callbacks { callback.trainingEnded(finalContext, history: &history) }
    return history
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
