import Engine
import Testing

/// Every layer's gradients (input and parameters) against central finite differences.
struct LayerGradientTests {
    /// The checker's inputs for a layer: the input tensor, then the layer's parameters.
    private func expectLayerGradientsMatch(_ layer: any Layer, input: Tensor,
                                           sourceLocation: SourceLocation = #_sourceLocation) {
        expectGradientsMatch([input] + layer.parameters, sourceLocation: sourceLocation) { inputs in layer(inputs[0]) }
    }

    @Test func linearLayerGradients() {
        var generator = SeededGenerator(seed: 1)
        expectLayerGradientsMatch(Linear(inputs: 4, outputs: 3, generator: &generator), input: randomTensor([5, 4], seed: 2))
    }

    @Test func convolutionLayerGradients() {
        var generator = SeededGenerator(seed: 3)
        let layer = Conv2d(inputChannels: 2, outputChannels: 3, kernelSize: 3, padding: 1, generator: &generator)
        expectLayerGradientsMatch(layer, input: randomTensor([2, 2, 4, 4], seed: 4))
    }

    @Test func batchNormTrainingGradientsOverFeatures() {
        let layer = BatchNorm(features: 3)
        layer.scale.scalars = [0.5, 1.5, -1]
        layer.offset.scalars = [0.1, -0.2, 0.3]
        expectLayerGradientsMatch(layer, input: randomTensor([6, 3], in: -2..<2, seed: 5))
    }

    @Test func batchNormTrainingGradientsOverChannels() {
        let layer = BatchNorm(features: 2)
        layer.scale.scalars = [0.7, 1.3]
        expectLayerGradientsMatch(layer, input: randomTensor([3, 2, 2, 3], in: -2..<2, seed: 6))
    }

    @Test func batchNormEvaluationGradients() {
        let layer = BatchNorm(features: 3)
        layer.runningMean.scalars = [0.2, -0.1, 0.5]
        layer.runningVariance.scalars = [1.5, 0.5, 2]
        layer.setTraining(false)
        expectLayerGradientsMatch(layer, input: randomTensor([4, 3], seed: 7))
    }

    @Test func layerNormGradients() {
        let layer = LayerNorm(features: 4)
        layer.scale.scalars = [1, 0.5, -0.5, 2]
        expectLayerGradientsMatch(layer, input: randomTensor([3, 4], in: -2..<2, seed: 8))
    }

    @Test func groupNormGradients() {
        let layer = GroupNorm(groups: 2, channels: 4)
        layer.scale.scalars = [1, 0.5, -0.5, 2]
        expectLayerGradientsMatch(layer, input: randomTensor([2, 4, 2, 2], in: -2..<2, seed: 9))
    }

    @Test func rmsNormGradients() {
        let layer = RMSNorm(features: 4)
        layer.scale.scalars = [1, 0.5, -0.5, 2]
        expectLayerGradientsMatch(layer, input: randomTensor([3, 4], in: -2..<2, seed: 10))
    }

    @Test func maxPoolAndFlattenGradients() {
        var generator = SeededGenerator(seed: 11)
        let values = (0..<36).map { Float($0) * 0.05 }.shuffled(using: &generator)
        let model = Sequential { MaxPool2d(size: 2); Flatten() }
        // Values 0.05 apart: steps of 2⁻⁷ (2h < 0.05) never change which value is largest.
        expectGradientsMatch([Tensor(shape: [1, 1, 6, 6], scalars: values)], checker: GradientChecker(step: 0x1p-7)) { model($0[0]) }
    }

    @Test func dropoutGradientWithAFixedMask() {
        // A fresh layer from the same seed draws the same mask on every call.
        expectGradientsMatch([randomTensor([4, 5], seed: 12)]) { inputs in
            var generator = SeededGenerator(seed: 13)
            return Dropout(probability: 0.4, generator: &generator)(inputs[0])
        }
    }

    @Test func residualBlockWithProjectionGradients() {
        var generator = SeededGenerator(seed: 14)
        let block = Residual(projection: Residual.projection(from: 3, to: 5, generator: &generator)) {
            Linear(inputs: 3, outputs: 5, generator: &generator)
            Tanh()
        }
        #expect(block.projection != nil)
        expectLayerGradientsMatch(block, input: randomTensor([4, 3], seed: 15))
    }

    @Test func residualIdentityBlockAddsTheInput() {
        var generator = SeededGenerator(seed: 16)
        let block = Residual { Linear(inputs: 3, outputs: 3, generator: &generator) }
        #expect(block.projection == nil)
        expectLayerGradientsMatch(block, input: randomTensor([4, 3], seed: 17))
    }

    @Test func smallNormalizedMLPGradients() {
        var generator = SeededGenerator(seed: 18)
        let model = MLP(widths: [3, 5, 4, 2], activation: .tanh, normalization: .layer, generator: &generator)
        // The whole network end to end, through a dozen rules: in Float32 no step brings the
        // finite differences within 10⁻⁴ here (at 2⁻⁵ the curvature of layer norm over 5
        // features shows, at 2⁻⁹ the rounding), so this composite is held to 10⁻³; every
        // primitive in it is held to 10⁻⁴ on its own above. A 0.1% error in each rule still
        // compounds past 10⁻³ along the path, which the mutation half of the check confirms.
        let checker = GradientChecker(step: 0x1p-7, relativeTolerance: 1e-3, floorTolerance: 1e-4)
        expectGradientsMatch([randomTensor([4, 3], seed: 19)] + model.parameters, checker: checker) { inputs in
            crossEntropy(model(inputs[0]), labels: [0, 1, 1, 0])
        }
    }
}
