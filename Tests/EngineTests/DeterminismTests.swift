import Engine
import Testing

/// Same seed, same numbers, bit for bit.
struct DeterminismTests {
    private func run(modelSeed: UInt64, shuffleSeed: UInt64) -> (History, [Float]) {
        let data = randomClassificationSet(count: 200, features: 16, classes: 4, seed: 1)
        let model = MLP(widths: [16, 32, 32, 4], activation: .rrelu(lower: 0.1, upper: 0.3), dropout: 0.2, seed: modelSeed)
        let history = fit(model, on: data, epochs: 3, batchSize: 16, optimizer: Adam(learningRate: 1e-2),
                          augment: { batch, generator in
                              Batch(inputs: batch.inputs + Tensor(randomNormal: batch.inputs.shape, standardDeviation: 0.1,
                                                                  generator: &generator),
                                    labels: batch.labels, targets: batch.targets)
                          }, seed: shuffleSeed)
        return (history, model.parameters.flatMap(\.scalars))
    }

    @Test func sameSeedsGiveTheSameTrajectoryBitForBit() {
        let (first, firstParameters) = run(modelSeed: 7, shuffleSeed: 8)
        let (second, secondParameters) = run(modelSeed: 7, shuffleSeed: 8)
        #expect(first.stepLosses.count == 39)  // 3 epochs of ⌈200/16⌉ = 13 steps
        #expect(first.stepLosses.map(\.bitPattern) == second.stepLosses.map(\.bitPattern))
        #expect(firstParameters.map(\.bitPattern) == secondParameters.map(\.bitPattern))
    }

    @Test func anotherShuffleSeedGivesAnotherTrajectory() {
        let (first, _) = run(modelSeed: 7, shuffleSeed: 8)
        let (other, _) = run(modelSeed: 7, shuffleSeed: 9)
        #expect(first.stepLosses != other.stepLosses)
    }

    @Test func initializationRepeatsForASeed() {
        let a = MLP(widths: [8, 4, 2], activation: .relu, seed: 3).parameters.flatMap(\.scalars)
        let b = MLP(widths: [8, 4, 2], activation: .relu, seed: 3).parameters.flatMap(\.scalars)
        let c = MLP(widths: [8, 4, 2], activation: .relu, seed: 4).parameters.flatMap(\.scalars)
        #expect(a == b && a != c)
    }
}
