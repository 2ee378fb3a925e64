import Engine
import Testing

/// The training loop's bookkeeping, callbacks, early stopping and NaN detection.
struct FitTests {
    @Test func historyRecordsOneBasedEpochsAndPerStepValues() {
        let data = randomClassificationSet(count: 50, features: 4, classes: 3, seed: 1)
        var reported: [Int] = []
        let history = fit(MLP(widths: [4, 8, 3], activation: .relu, seed: 2), on: data, validation: data,
                          epochs: 3, batchSize: 20, optimizer: SGD(learningRate: 0.1),
                          schedule: .stepDecay(initial: 0.1, factor: 0.5, every: 3), seed: 3,
                          progress: { reported.append($0.epoch) })
        #expect(history.epochs.map(\.epoch) == [1, 2, 3])
        #expect(reported == [1, 2, 3])
        #expect(history.stepLosses.count == 9 && history.stepGradientNorms.count == 9)  // ⌈50/20⌉ = 3 steps per epoch
        // The rate of each epoch's last step: steps 2, 5, 8 (0-based) → 0.1, 0.05, 0.025.
        #expect(history.epochs.map(\.learningRate).map { Float($0) } == [0.1, 0.05, 0.025])
        #expect(history.stopReason == .completed && history.stoppedEpoch == 3 && !history.stoppedEarly)
        #expect(history.hasValidation && history.epochs.allSatisfy { $0.seconds >= 0 && $0.validationAccuracy >= 0 })
        #expect((1...3).contains(history.bestEpoch))
    }

    @Test func bestEpochIsTheLowestValidationLoss() {
        var history = History()
        for (epoch, loss) in [(1, 0.9), (2, 0.5), (3, 0.7)] {
            history.epochs.append(EpochRecord(epoch: epoch, trainingLoss: 1, trainingAccuracy: .nan, validationLoss: loss,
                                              validationAccuracy: .nan, learningRate: 0.1, seconds: 0))
        }
        #expect(history.bestEpoch == 2)
        #expect(history.best?.validationLoss == 0.5)
    }

    @Test func earlyStoppingWaitsForPatienceAndHonoursMinDelta() {
        let stopper = EarlyStopping(patience: 3, minDelta: 0.05, restoreBest: false)
        var generator = SeededGenerator(seed: 0)
        let model = Linear(inputs: 1, outputs: 1, generator: &generator)
        let context = TrainingContext(model: model, optimizer: SGD(learningRate: 0.1), epoch: 1, step: 0, loss: .nan,
                                      history: History())
        stopper.trainingBegan(context)
        // 0.8 improves on 1.0; 0.78 does not improve by more than 0.05; three epochs after epoch 2 it stops.
        let losses = [1.0, 0.8, 0.78, 0.79, 0.77, 0.5]
        var decisions: [CallbackDecision] = []
        for (index, loss) in losses.enumerated() {
            let record = EpochRecord(epoch: index + 1, trainingLoss: 1, trainingAccuracy: .nan, validationLoss: loss,
                                     validationAccuracy: .nan, learningRate: 0.1, seconds: 0)
            decisions.append(stopper.epochEnded(record, context: context))
            if decisions.last != .proceed { break }
        }
        #expect(decisions.count == 5)
        #expect(decisions.prefix(4).allSatisfy { $0 == .proceed })
        #expect(stopper.bestEpoch == 2)
    }

    @Test func earlyStoppingRestoresTheBestEpochsParameters() {
        // Random labels: the training set is memorized and the validation loss soon rises.
        let training = randomClassificationSet(count: 40, features: 10, classes: 3, seed: 4)
        let validation = randomClassificationSet(count: 40, features: 10, classes: 3, seed: 5)
        let model = MLP(widths: [10, 64, 64, 3], activation: .relu, seed: 6)
        let history = fit(model, on: training, validation: validation, epochs: 200, batchSize: 8,
                          optimizer: Adam(learningRate: 1e-2), callbacks: [EarlyStopping(patience: 5)], seed: 7)
        #expect(history.stoppedEarly && history.stoppedEpoch < 200)
        #expect(history.stoppedEpoch == history.bestEpoch + 5)
        #expect(history.restoredEpoch == history.bestEpoch)
        // The restored parameters reproduce the best epoch's validation loss.
        let restored = evaluate(model, on: validation).loss
        #expect(abs(restored - (history.best?.validationLoss ?? 0)) < 1e-9)
    }

    @Test func aLayerWhoseOutputOverflowsIsNamed() {
        var generator = SeededGenerator(seed: 8)
        let model = MLP(widths: [8, 8, 8, 2], activation: .relu, generator: &generator)
        // Weights near Float's maximum: any positive input sum overflows to infinity.
        model.linearLayers[1].weight.scalars = Array(repeating: 3e38, count: 64)
        let data = Dataset(features: Tensor(repeating: 1, shape: [4, 8]), labels: [0, 1, 0, 1])
        model.linearLayers[0].weight.scalars = Array(repeating: 0.5, count: 64)
        let history = fit(model, on: data, epochs: 5, batchSize: 4, optimizer: SGD(learningRate: 0.1))
        let report = history.nonFinite
        #expect(report?.quantity == .activation && report?.location == "Linear 2")
        #expect(report?.step == 1 && report?.epoch == 1)
        #expect(history.epochs.isEmpty && history.stoppedEarly)
        #expect(report?.description.contains("step 1 (epoch 1), in the output of Linear 2") == true)
    }

    @Test func aGradientThatOverflowsIsNamedByItsParameter() {
        // y = W₂·(W₁x) with x = 0.1, W₁ = 1, W₂ = 10²⁰: y = 10¹⁹ and the loss 10³⁸ are finite,
        // ∂L/∂W₂ = 2·10¹⁹·0.1 is finite, but ∂L/∂(W₁x) = 2·10¹⁹·10²⁰ overflows.
        var generator = SeededGenerator(seed: 9)
        let first = Linear(inputs: 1, outputs: 1, generator: &generator)
        let second = Linear(inputs: 1, outputs: 1, generator: &generator)
        first.weight.scalars = [1]
        second.weight.scalars = [1e20]
        let data = Dataset(features: Tensor([[0.1]]), targets: Tensor([[0]]))
        let history = fit(Sequential([first, second]), on: data, epochs: 2, batchSize: 1,
                          optimizer: SGD(learningRate: 0.1), loss: .meanSquaredError)
        #expect(history.nonFinite?.quantity == .gradient)
        #expect(history.nonFinite?.location.hasPrefix("Linear 1.") == true)
        #expect(history.nonFinite?.value == "infinity")
    }

    @Test func aHugeLearningRateIsStoppedAtTheStepWhereItBlowsUp() {
        let data = randomClassificationSet(count: 64, features: 8, classes: 2, seed: 10)
        let history = fit(MLP(widths: [8, 16, 2], activation: .relu, seed: 11), on: data, epochs: 50, batchSize: 8,
                          optimizer: SGD(learningRate: 1e12), seed: 12)
        let report = history.nonFinite
        #expect(report != nil)
        #expect(report.map { $0.step >= 1 && $0.step <= 400 } == true)
        #expect(history.stepLosses.count == (report?.step ?? 0) - 1)
    }

    @Test func nonFiniteInputsAreReportedAsSuch() {
        let data = Dataset(features: Tensor([[1, .nan], [0, 1]]), labels: [0, 1])
        let history = fit(MLP(widths: [2, 4, 2], activation: .tanh, seed: 13), on: data, epochs: 1, batchSize: 2,
                          optimizer: SGD(learningRate: 0.1))
        #expect(history.nonFinite?.quantity == .input && history.nonFinite?.value == "NaN")
    }

    @Test func augmentationSeesOnlyTrainingBatches() {
        let data = randomClassificationSet(count: 12, features: 3, classes: 2, seed: 14)
        var augmented = 0
        fit(MLP(widths: [3, 2], activation: .relu, seed: 15), on: data, validation: data, epochs: 2, batchSize: 4,
            optimizer: SGD(learningRate: 0.1), augment: { batch, _ in augmented += batch.count; return batch })
        #expect(augmented == 24)  // 2 epochs × 12 training examples, no validation examples
    }

    @Test func callbacksSeeEveryStepAndCanStopTraining() {
        final class StopAfterTwo: Callback {
            var steps = 0
            func afterStep(_ context: TrainingContext) { steps += 1 }
            func epochEnded(_ record: EpochRecord, context: TrainingContext) -> CallbackDecision {
                record.epoch == 2 ? .stop(reason: "enough") : .proceed
            }
        }
        let callback = StopAfterTwo()
        let history = fit(MLP(widths: [3, 2], activation: .relu, seed: 16),
                          on: randomClassificationSet(count: 10, features: 3, classes: 2, seed: 17),
                          epochs: 10, batchSize: 5, optimizer: SGD(learningRate: 0.1), callbacks: [callback])
        #expect(callback.steps == 4 && history.stoppedEpoch == 2 && history.stopReason == .callback("enough"))
    }

    @Test func modelIsLeftInEvaluationMode() {
        let model = MLP(widths: [3, 4, 2], activation: .relu, dropout: 0.5, seed: 18)
        fit(model, on: randomClassificationSet(count: 8, features: 3, classes: 2, seed: 19), epochs: 1, batchSize: 4,
            optimizer: SGD(learningRate: 0.1))
        #expect(model.allLayers.allSatisfy { !$0.isTraining })
    }

    @Test func confusionMatrixCountsTrueAgainstPredicted() {
        let matrix = ConfusionMatrix(predicted: [0, 1, 1, 2, 2, 2], labels: [0, 1, 2, 2, 2, 1], classes: 3)
        #expect(matrix.counts == [[1, 0, 0], [0, 1, 1], [0, 1, 2]])
        #expect(abs(matrix.accuracy - 4.0 / 6) < 1e-12)
        #expect(matrix.recallPerClass[2] == 2.0 / 3)
    }
}
