@testable import Engine
import Testing

/// `Sequential` runs a linear layer and the activation after it as one fused primitive;
/// the fused step must give exactly what the two layers give one after the other.
struct FusionTests {
    /// A fresh layer of each fusable activation, by name.
    static func activation(_ name: String) -> any Layer {
        switch name {
        case "sigmoid": Sigmoid()
        case "tanh": Tanh()
        case "relu": ReLU()
        case "leaky relu": LeakyReLU(slope: 0.1)
        case "gelu": GELU()
        case "silu": SiLU()
        default: Mish()
        }
    }

    @Test(arguments: ["sigmoid", "tanh", "relu", "leaky relu", "gelu", "silu", "mish"])
    func fusedLinearAndActivationMatchTheLayersRunOneByOne(_ name: String) {
        var generator = SeededGenerator(seed: UInt64(name.count))
        let linear = Linear(inputs: 6, outputs: 5, generator: &generator)
        let separate = Self.activation(name)
        let fusedModel = Sequential([linear, Self.activation(name)])
        let input = Tensor(randomNormal: [4, 6], standardDeviation: 2, generator: &generator)

        let fused = fusedModel(input)
        fused.sum().backward()
        let fusedGradients = (linear.weight.gradientScalars!, linear.bias!.gradientScalars!)
        linear.zeroGradients()

        let unfused = separate(linear(input))
        unfused.sum().backward()

        #expect(fused.scalars == unfused.scalars, "\(name): values")
        #expect(fusedGradients.0 == linear.weight.gradientScalars!, "\(name): weight gradient")
        #expect(fusedGradients.1 == linear.bias!.gradientScalars!, "\(name): bias gradient")
    }
}

/// Tracing runs the steps training runs: the same fused primitive, recording z = x·W + b for
/// the linear layer and f(z) for the activation, and the same final output.
@Test func tracingFollowsTheFusedPathThatTrainingTakes() {
    var generator = SeededGenerator(seed: 7)
    let model = MLP(widths: [5, 6, 4], activation: .sigmoid, generator: &generator)
    let input = Tensor(randomNormal: [3, 5], generator: &generator)
    var trace: [LayerOutput] = []
    let traced = model.traced(input, into: &trace)
    #expect(traced.scalars == model(input).scalars)
    #expect(trace.map(\.layer.kind) == ["Linear", "Sigmoid", "Linear"])
    let linear = model.linearLayers[0]
    #expect(trace[0].output.scalars == linear(input).scalars)
    #expect(trace[1].output.scalars == sigmoid(linear(input)).scalars)
}

/// Values where rounding and comparisons are most likely to differ: signed zeros, subnormals,
/// infinities, NaN, and ordinary numbers on both sides of zero.
private let edgeValues: [Float] = [
    -0.0, 0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, -.leastNormalMagnitude,
    .infinity, -.infinity, .nan, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, 0.5, -30, 30,
]

/// ReLU's derivative is read from its output, so that the output can overwrite its input: it
/// must be the derivative read from the input, 1 exactly where x > 0.
@Test func reluDerivativeFromItsOutputIsTheOneFromItsInput() {
    let relu = Rectifier()
    for x in edgeValues {
        #expect(relu.derivative(x: .nan, y: relu.value(x)) == (x > 0 ? 1 : 0), "x = \(x)")
    }
}

/// A fused layer applies its activation in place unless the pre-activation is traced: in place
/// or into a new array, every bit must be the same, for a count that leaves a partial group of
/// eight.
@Test func activationsInPlaceWriteTheBitsTheyWriteIntoANewArray() {
    var generator = SeededGenerator(seed: 12)
    let inputs = edgeValues + Tensor(randomNormal: [11], standardDeviation: 3, generator: &generator).scalars
    #expect(inputs.count % 8 != 0)
    func check(_ function: some ElementwiseFunction, _ name: String) {
        let copied = [Float](count: inputs.count) { y in function.values(of: inputs.span, into: &y) }
        var inPlace = inputs
        var span = inPlace.mutableSpan
        function.apply(to: &span)
        #expect(inPlace.map(\.bitPattern) == copied.map(\.bitPattern), "\(name)")
    }
    check(Rectifier(), "relu")
    check(Logistic(), "sigmoid")
    check(HyperbolicTangent(), "tanh")
}
