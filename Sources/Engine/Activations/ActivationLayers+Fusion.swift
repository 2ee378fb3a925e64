/// Activation layers that are one fixed element-wise function, which `Sequential` runs fused
/// with the linear layer before them (`linear(_:weight:bias:then:keepingPreActivation:)`):
/// same values, same gradients, one primitive instead of two.
protocol FusableActivation: ActivationLayer {
    associatedtype Function: ElementwiseFunction
    /// The element-wise rule this layer applies.
    var function: Function { get }
    /// f(x·W + b) for `linear`, the layer just before this activation, and x·W + b itself if
    /// `keepingPreActivation`. A requirement (with the default below) so that each conformance
    /// gets a copy specialized to its function.
    func applied(after linear: Linear, to input: Tensor,
                 keepingPreActivation: Bool) -> (output: Tensor, preActivation: [Float]?)
}

extension FusableActivation {
    func applied(after linear: Linear, to input: Tensor,
                 keepingPreActivation: Bool) -> (output: Tensor, preActivation: [Float]?) {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: function,
                      keepingPreActivation: keepingPreActivation)
    }
}

extension Sigmoid: FusableActivation {
    var function: Logistic { Logistic() }
}

extension Tanh: FusableActivation {
    var function: HyperbolicTangent { HyperbolicTangent() }
}

extension ReLU: FusableActivation {
    var function: Rectifier { Rectifier() }
}

extension LeakyReLU: FusableActivation {
    var function: LeakyRectifier { LeakyRectifier(slope: slope) }
}

extension GELU: FusableActivation {
    var function: GaussianErrorLinear { GaussianErrorLinear() }
}

extension SiLU: FusableActivation {
    var function: SigmoidWeightedLinear { SigmoidWeightedLinear() }
}

extension Mish: FusableActivation {
    var function: MishFunction { MishFunction() }
}
