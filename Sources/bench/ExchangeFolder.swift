import Engine
import Foundation

/// A workload with its data in memory, for the engine; the same data is on disk for the scripts.
struct PreparedWorkload {
    /// The workload (its `files` filled in once `ExchangeFolder.write` has written them).
    let workload: Workload
    let training: Dataset
    /// The held-out set (none for W3).
    let validation: Dataset?
    /// The training rows in the order each epoch visits them.
    let orders: [[Int]]
}

/// What the reference scripts read: `manifest.json` and the `.npy` files it names.
struct Manifest: Codable {
    let workloads: [Workload]
    /// Timed runs of each workload per invocation of a script, after one warm-up run: 1, since
    /// the bench starts a script once per round, between the engine's runs.
    let repetitions: Int
    /// Timed steps of a per-step workload, after its warm-up steps.
    let timedSteps: Int
    /// The steps whose training losses the agreement check compares.
    let comparedSteps: Int
    /// W4's factors, unless W4 is left out.
    let gemm: GEMMFiles?

    /// The two square factors of W4.
    struct GEMMFiles: Codable {
        let size: Int
        let a: String
        let b: String
        let repetitions: Int
    }
}

/// A temporary folder through which the engine and the reference scripts share identical
/// data, initial weights and batch orders.
struct ExchangeFolder {
    let url: URL

    /// A new, empty folder under the system's temporary directory.
    static func create() throws -> ExchangeFolder {
        let url = FileManager.default.temporaryDirectory
            .appending(path: "bench-exchange-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return ExchangeFolder(url: url)
    }

    var manifestURL: URL { url.appending(path: "manifest.json") }

    /// Writes each prepared workload's data, batch order and initial layers, and returns the
    /// workloads with their file names filled in.
    func write(_ prepared: [PreparedWorkload]) throws -> [PreparedWorkload] {
        var written: Set<String> = []  // each data set is written once, whoever uses it
        func files(of dataset: Dataset, named name: String) throws -> (features: String, labels: String) {
            let (features, labels) = ("\(name)-features.npy", "\(name)-labels.npy")
            if written.insert(name).inserted {
                try NumpyFile.write(dataset.features.scalars, shape: dataset.features.shape, to: url.appending(path: features))
                try NumpyFile.write(dataset.labels, shape: [dataset.count], to: url.appending(path: labels))
            }
            return (features, labels)
        }

        return try prepared.map { prepared in
            var workload = prepared.workload
            let names: (training: String, validation: String) = switch workload.data {
            case .digits: ("digits-training", "digits-test")
            case .fewDigits: ("digits-first300", "digits-other1137")
            case .random: ("random", "")
            }
            (workload.files.trainingFeatures, workload.files.trainingLabels) = try files(of: prepared.training, named: names.training)
            if let validation = prepared.validation {
                (workload.files.validationFeatures, workload.files.validationLabels) = try files(of: validation, named: names.validation)
            }
            let folder = url.appending(path: workload.key)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            workload.files.orders = "\(workload.key)/orders.npy"
            let orders = prepared.orders
            try NumpyFile.write(orders.flatMap { $0 }, shape: [orders.count, orders[0].count],
                                to: url.appending(path: workload.files.orders))
            workload.files.layers = try writeLayers(of: workload.makeModel(), into: workload.key)
            return PreparedWorkload(workload: workload, training: prepared.training, validation: prepared.validation,
                                    orders: orders)
        }
    }

    /// Writes the manifest that the reference scripts start from.
    func writeManifest(_ manifest: Manifest) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: manifestURL)
    }

    /// Writes a `size`×`size` matrix and returns its file name.
    func writeSquareMatrix(_ values: [Float], named name: String, size: Int) throws -> String {
        try NumpyFile.write(values, shape: [size, size], to: url.appending(path: "\(name).npy"))
        return "\(name).npy"
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes each layer's parameters and describes the layer for the scripts.
    private func writeLayers(of model: MLP, into folder: String) throws -> [Workload.LayerFiles] {
        try model.layers.enumerated().map { index, layer in
            func write(_ tensor: Tensor, _ name: String) throws -> String {
                let file = "\(folder)/\(index)-\(name).npy"
                try NumpyFile.write(tensor.scalars, shape: tensor.shape, to: url.appending(path: file))
                return file
            }
            switch layer {
            case let linear as Linear:
                guard let bias = linear.bias else { preconditionFailure("the workloads' linear layers have biases") }
                return Workload.LayerFiles(kind: "linear", parameters: [try write(linear.weight, "weight"), try write(bias, "bias")])
            case let norm as BatchNorm:
                return Workload.LayerFiles(kind: "batchnorm", parameters: [try write(norm.scale, "scale"), try write(norm.offset, "offset")])
            case let dropout as Dropout:
                return Workload.LayerFiles(kind: "dropout", probability: dropout.probability)
            case is Sigmoid:
                return Workload.LayerFiles(kind: "sigmoid")
            case is ReLU:
                return Workload.LayerFiles(kind: "relu")
            default:
                preconditionFailure("the bench does not describe \(layer.kind) layers to the reference scripts")
            }
        }
    }
}

extension PreparedWorkload {
    /// Splits the digits, draws W3's random inputs and builds each workload's batch order:
    /// the same every time, so every process that prepares them gets the same workloads.
    static func make(_ workloads: [Workload], digits: Dataset) -> [PreparedWorkload] {
        // A seeded permutation puts 1,437 rows in training and 360 in test.
        var splitting = SeededGenerator(seed: 7)
        let permutation = Array(0..<digits.count).shuffled(using: &splitting)
        let digitsTraining = digits.subset(rows: permutation.prefix(1437))
        let digitsTest = digits.subset(rows: permutation.dropFirst(1437))
        // W2 overfits the first 300 training rows and is validated on the other 1,137.
        let fewTraining = digitsTraining.subset(rows: 0..<300)
        let fewValidation = digitsTraining.subset(rows: 300..<digitsTraining.count)
        let random = randomDataset(rows: 1024, features: 784, classes: 10, seed: 3)

        return workloads.map { workload in
            switch workload.data {
            case .random:
                // Batches walk the random rows in stored order, round and round.
                let steps = workload.warmupSteps + Workload.timedSteps
                return PreparedWorkload(workload: workload, training: random, validation: nil,
                                        orders: [(0..<steps * workload.batchSize).map { $0 % random.count }])
            case .digits, .fewDigits:
                let (training, validation) = workload.data == .digits ? (digitsTraining, digitsTest) : (fewTraining, fewValidation)
                return PreparedWorkload(workload: workload, training: training, validation: validation,
                                        orders: shuffledOrders(count: training.count, epochs: workload.epochs, seed: workload.seed))
            }
        }
    }

    /// Each epoch's order of the rows: a fresh seeded shuffle per epoch, written to the
    /// workload's order file and fed to every implementation, the engine included.
    private static func shuffledOrders(count: Int, epochs: Int, seed: UInt64) -> [[Int]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<epochs).map { _ in Array(0..<count).shuffled(using: &generator) }
    }

    private static func randomDataset(rows: Int, features: Int, classes: Int, seed: UInt64) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        let x = (0..<rows * features).map { _ in generator.nextUnitFloat() }
        let y = (0..<rows).map { _ in Int(generator.next() % UInt64(classes)) }
        // [N, 784] pixels in [0, 1), like a flattened 28×28 image.
        return Dataset(features: Tensor(shape: [rows, features], scalars: x), labels: y)
    }
}
