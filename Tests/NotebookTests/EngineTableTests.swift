import Engine
import Notebook
import Testing

/// The engine returns data; these tables are how a lesson prints it.
struct EngineTableTests {
    @Test func historyPrintsOneRowPerEpochAndHowTrainingEnded() {
        var history = History()
        history.epochs = [
            EpochRecord(epoch: 1, trainingLoss: 2.3, trainingAccuracy: 0.1, validationLoss: 2.2,
                        validationAccuracy: 0.12, learningRate: 0.01, seconds: 0.5),
            EpochRecord(epoch: 2, trainingLoss: 1.5, trainingAccuracy: 0.5, validationLoss: .nan,
                        validationAccuracy: .nan, learningRate: 0.01, seconds: 0.5),
        ]
        #expect(history.description == """
            epoch  train loss  train acc  val loss  val acc    lr
            ─────  ──────────  ─────────  ────────  ───────  ────
                1         2.3        0.1       2.2     0.12  0.01
                2         1.5        0.5         –        –  0.01
            completed 2 epochs; best epoch 1
            """)
    }

    @Test func confusionMatrixPrintsTrueClassesDownAndPredictionsAcross() {
        let matrix = ConfusionMatrix(predicted: [0, 1, 1, 2, 2, 2], labels: [0, 1, 2, 2, 2, 1], classes: 3)
        #expect(matrix.description == """
            true \\ predicted  0  1  2
            ────────────────  ─  ─  ─
                           0  1  0  0
                           1  0  1  1
                           2  0  1  2
            """)
    }

    @Test func splitPrintsThePartSizesAndWhetherTheTestSetWasOpened() {
        var generator = SeededGenerator(seed: 5)
        let dataset = Dataset(features: Tensor(shape: [100, 1], scalars: (0..<100).map(Float.init)),
                              labels: Array(repeating: 0, count: 100))
        let split = dataset.split(training: 0.8, validation: 0.1, test: 0.1, using: &generator)
        #expect(split.description == """
            part        examples  test set
            ──────────  ────────  ─────────────────────
            training          80
            validation        10
            test              10  sealed (never opened)
            """)
        _ = split.test.open(reason: "final evaluation")
        #expect(split.description.hasSuffix("test              10  opened once"))
    }
}
