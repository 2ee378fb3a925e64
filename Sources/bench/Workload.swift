import Engine

/// One training workload, described once for the engine and for the reference scripts
/// (which read it from `manifest.json` in the exchange folder).
struct Workload: Codable, Sendable {
    /// How the time of a workload is reported.
    enum Timing: String, Codable, Sendable {
        /// Seconds per epoch: a whole training run (after a warm-up run) divided by its epochs.
        case perEpoch = "epoch"
        /// Seconds per step: the median step of one run, after `warmupSteps` untimed steps.
        case perStep = "step"
    }

    /// A short identifier, also the name of the workload's folder: "w1-sigmoid".
    let key: String
    /// The name printed in the table: "W1 sigmoid-10".
    let title: String
    /// Which rows it trains and validates on.
    let data: DataSource
    /// Layer widths, inputs first.
    let widths: [Int]
    /// "sigmoid" or "relu", after every hidden linear layer.
    let activation: String
    /// Batch normalization after every hidden linear layer.
    let batchNorm: Bool
    /// Dropout probability after every hidden activation (0 for none).
    let dropout: Float
    /// "sgd" or "adam".
    let optimizer: String
    let learningRate: Float
    let beta1: Float
    let beta2: Float
    let epsilon: Float
    /// L2 penalty added to the gradient (PyTorch's `weight_decay` for SGD and Adam).
    let l2Penalty: Float
    let batchSize: Int
    let epochs: Int
    let timing: Timing
    /// Untimed steps before the timed ones (per-step timing only).
    let warmupSteps: Int
    /// Whether the validation set is evaluated after every epoch, inside the timed run;
    /// otherwise it is evaluated once after training, untimed.
    let validateEveryEpoch: Bool
    /// The speed goal, at one thread; a workload without one is run once, for the
    /// agreement check only, and left out of the table.
    let goal: SpeedGoal?
    /// Whether the step losses must match PyTorch's (false for runs with dropout).
    let gatesStepLosses: Bool
    /// Whether the final validation loss must match PyTorch's (stable runs only).
    let gatesValidationLoss: Bool
    /// The seed of the initial weights, dropout masks and the batch order.
    let seed: UInt64
    /// Files, relative to the exchange folder; filled in by `ExchangeFolder`.
    var files = Files()

    /// How fast the engine should be.
    enum SpeedGoal: Codable, Sendable {
        /// The engine's time at most this fraction of PyTorch's.
        case fractionOfPyTorch(Double)
        /// At least this share of the machine's measured GEMM rate, and faster than PyTorch.
        case shareOfGEMM(Double)
    }

    /// The rows a workload trains and validates on.
    enum DataSource: String, Codable, Sendable {
        /// The digits: 1,437 training rows, validated on the 360 test rows.
        case digits
        /// The first 300 digits training rows, validated on the other 1,137.
        case fewDigits
        /// Random pixels in [0, 1) for 784 inputs, random labels, no validation.
        case random
    }

    /// Where a workload's data, initial parameters and batch order are stored.
    struct Files: Codable, Sendable {
        var trainingFeatures = ""
        var trainingLabels = ""
        var validationFeatures = ""
        var validationLabels = ""
        /// `[epochs, rows]` int32: the rows of the training set in the order each epoch visits them.
        var orders = ""
        /// The layers in order, each with its parameter files.
        var layers: [LayerFiles] = []
    }

    /// One layer as the reference scripts rebuild it.
    struct LayerFiles: Codable, Sendable {
        /// "linear", "batchnorm", "sigmoid", "relu" or "dropout".
        var kind: String
        /// Linear: weight `[I, O]` (y = x·W + b, PyTorch stores Wᵀ) and bias `[O]`;
        /// batch norm: scale γ and offset β `[F]`. Empty for the others.
        var parameters: [String] = []
        /// Dropout probability (dropout layers only).
        var probability: Float = 0
    }

    /// The engine's model for this workload; the same seed always gives the same weights.
    func makeModel() -> MLP {
        MLP(widths: widths, activation: activation == "sigmoid" ? .sigmoid : .relu,
            initializer: activation == "sigmoid" ? .xavierUniform : .heNormal,
            normalization: batchNorm ? .batch : nil, dropout: dropout, seed: seed)
    }

    /// The engine's optimizer for this workload.
    func makeOptimizer() -> any Optimizer {
        optimizer == "adam"
            ? Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, l2Penalty: l2Penalty)
            : SGD(learningRate: learningRate, l2Penalty: l2Penalty)
    }

    /// Multiply-adds per example in the linear layers' forward products: Σ inputs·outputs.
    var multiplyAddsPerExample: Double {
        zip(widths, widths.dropFirst()).reduce(0) { $0 + Double($1.0 * $1.1) }
    }

    /// Multiply-adds per example in a training step's products: the forward product, ∂W = xᵀ·g
    /// for every layer, and ∂x = g·Wᵀ for every layer but the first, whose input (the data)
    /// needs no gradient, so neither the engine nor PyTorch computes it.
    var trainingMultiplyAddsPerExample: Double {
        3 * multiplyAddsPerExample - Double(widths[0] * widths[1])
    }
}

extension Workload {
    /// The course's workloads, as the issue defines them.
    static let all: [Workload] = [
        // W1: ten sigmoid layers of 32, where per-operation overhead, not arithmetic, decides the speed.
        training("w1-sigmoid", "W1 sigmoid-10", data: .digits, widths: [64] + Array(repeating: 32, count: 10) + [10],
                 activation: "sigmoid", optimizer: "sgd", learningRate: 0.1, epochs: 20, goal: .fractionOfPyTorch(0.1), seed: 101),
        training("w1-relu", "W1 relu-10 (He)", data: .digits, widths: [64] + Array(repeating: 32, count: 10) + [10],
                 activation: "relu", optimizer: "sgd", learningRate: 0.1, epochs: 20, goal: .fractionOfPyTorch(0.1), seed: 102,
                 gatesValidationLoss: false),
        // W2: a wide network overfitting 300 examples, validated on the other 1,137 every epoch:
        // 334 MFLOP of matrix products an epoch, so its goal is a share of the GEMM rate.
        training("w2", "W2 overfit-mlp", data: .fewDigits, widths: [64, 256, 256, 10], activation: "relu",
                 optimizer: "adam", learningRate: 1e-3, epochs: 100, goal: .shareOfGEMM(0.85), seed: 201,
                 validateEveryEpoch: true),
        // The same without dropout, whose random masks no two libraries share: batch norm and
        // the L2 penalty in Adam are then checked against PyTorch too (5 epochs, 50 steps).
        training("w2-batchnorm", "W2 +BN +L2 (agreement only)", data: .fewDigits, widths: [64, 256, 256, 10],
                 activation: "relu", batchNorm: true, optimizer: "adam", learningRate: 1e-3, l2Penalty: 1e-3,
                 epochs: 5, goal: nil, seed: 203, validateEveryEpoch: true),
        training("w2-regularized", "W2 +BN +dropout +L2", data: .fewDigits, widths: [64, 256, 256, 10], activation: "relu",
                 batchNorm: true, dropout: 0.5, optimizer: "adam", learningRate: 1e-3, l2Penalty: 1e-3,
                 epochs: 100, goal: .shareOfGEMM(0.85), seed: 202, validateEveryEpoch: true,
                 gatesStepLosses: false, gatesValidationLoss: false),
        // W3: big matrices, where the speed of the matrix products decides.
        Workload(key: "w3", title: "W3 wide 784-1024²-10", data: .random, widths: [784, 1024, 1024, 10], activation: "relu",
                 batchNorm: false, dropout: 0, optimizer: "sgd", learningRate: 0.01, beta1: 0.9, beta2: 0.999,
                 epsilon: 1e-8, l2Penalty: 0, batchSize: 256, epochs: 1, timing: .perStep, warmupSteps: 5,
                 validateEveryEpoch: false, goal: .shareOfGEMM(0.9), gatesStepLosses: true, gatesValidationLoss: false, seed: 301),
    ]

    /// The number of timed steps of a per-step workload.
    static let timedSteps = 50

    private static func training(
        _ key: String, _ title: String, data: DataSource, widths: [Int], activation: String, batchNorm: Bool = false,
        dropout: Float = 0, optimizer: String, learningRate: Float, l2Penalty: Float = 0, epochs: Int,
        goal: SpeedGoal?, seed: UInt64, validateEveryEpoch: Bool = false, gatesStepLosses: Bool = true, gatesValidationLoss: Bool = true
    ) -> Workload {
        Workload(key: key, title: title, data: data, widths: widths, activation: activation, batchNorm: batchNorm,
                 dropout: dropout, optimizer: optimizer, learningRate: learningRate, beta1: 0.9, beta2: 0.999,
                 epsilon: 1e-8, l2Penalty: l2Penalty, batchSize: 32, epochs: epochs, timing: .perEpoch,
                 warmupSteps: 0, validateEveryEpoch: validateEveryEpoch, goal: goal, gatesStepLosses: gatesStepLosses,
                 gatesValidationLoss: gatesValidationLoss, seed: seed)
    }
}
