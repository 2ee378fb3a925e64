import Engine
import Testing

/// `backward()` releases the graph, so a loop written as forward, backward, step, zero updates
/// every weight in place, even while the loss tensor is still alive.
struct GraphReleaseTests {
    /// The address of each parameter's values: the same address after a step means the
    /// optimizer wrote into the existing storage instead of copying it first.
    private func addresses(of parameters: [Tensor]) -> [UnsafeRawPointer?] {
        parameters.map { $0.scalars.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
    }

    @Test(arguments: ["sgd", "momentum", "adam"])
    func aStepAfterBackwardCopiesNoParameter(_ optimizerName: String) {
        var generator = SeededGenerator(seed: 1)
        let model = MLP(widths: [4, 8, 8, 3], activation: .relu, normalization: .batch, generator: &generator)
        let optimizer: any Optimizer = switch optimizerName {
        case "sgd": SGD(learningRate: 0.1)
        case "momentum": SGD(learningRate: 0.1, momentum: 0.9)
        default: Adam()
        }
        let parameters = model.parameters
        let inputs = Tensor(randomNormal: [5, 4], generator: &generator)
        for _ in 0..<2 {
            let before = addresses(of: parameters)
            let loss = crossEntropy(model(inputs), labels: [0, 1, 2, 0, 1])
            loss.backward()
            optimizer.step(parameters)
            zeroGradients(of: parameters)
            #expect(addresses(of: parameters) == before, "a parameter was copied by the step")
            #expect(loss.isFinite)
        }
    }

    @Test func retainingTheGraphAllowsASecondBackwardPass() {
        let x = Tensor([1, 2], requiresGradient: true)
        let loss = (x * x).sum()
        loss.backward(retainingGraph: true)
        loss.backward()
        #expect(x.gradientScalars == [4, 8])
    }

    @Test func aSecondBackwardPassThroughAReleasedGraphIsRefused() async {
        await #expect(processExitsWith: .failure) {
            let x = Tensor([1, 2], requiresGradient: true)
            let loss = (x * x).sum()
            loss.backward()
            loss.backward()
        }
    }

    @Test func intermediateGradientsSurviveTheRelease() {
        let x = Tensor([0.5], requiresGradient: true)
        let hidden = sigmoid(x)
        sigmoid(hidden).backward()
        #expect(hidden.gradientScalars != nil && x.gradientScalars != nil)
    }
}
