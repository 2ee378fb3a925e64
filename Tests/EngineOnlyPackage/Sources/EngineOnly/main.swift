import Engine

// A few steps of training, to show the product links and runs on its own.
var generator = SeededGenerator(seed: 1)
let model = MLP(widths: [4, 8, 3], activation: .relu, generator: &generator)
let inputs = Tensor(randomNormal: [6, 4], generator: &generator)
let optimizer = Adam(learningRate: 1e-2)
var losses: [Float] = []
for _ in 0..<20 {
    let loss = crossEntropy(model(inputs), labels: [0, 1, 2, 0, 1, 2])
    loss.backward()
    optimizer.step(model)
    model.zeroGradients()
    losses.append(loss.scalar)
}
precondition(losses.last! < losses.first!, "training did not lower the loss")
print("engine-only package: loss \(losses.first!) → \(losses.last!)")
