/// Activation layers that are one fixed element-wise function, which `Sequential` runs fused
/// with the linear layer before them (`linear(_:weight:bias:then:)`): same values, same
/// gradients, one primitive instead of two.
protocol FusableActivation {
    /// f(x·W + b) for `linear`, the layer just before this activation.
    func applied(after linear: Linear, to input: Tensor) -> Tensor
}

extension Sigmoid: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: Logistic())
    }
}

extension Tanh: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: HyperbolicTangent())
    }
}

extension ReLU: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: Rectifier())
    }
}

extension LeakyReLU: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: LeakyRectifier(slope: slope))
    }
}

extension GELU: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: GaussianErrorLinear())
    }
}

extension SiLU: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: SigmoidWeightedLinear())
    }
}

extension Mish: FusableActivation {
    func applied(after linear: Linear, to input: Tensor) -> Tensor {
        Engine.linear(input, weight: linear.weight, bias: linear.bias, then: MishFunction())
    }
}
