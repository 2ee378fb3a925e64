/// Per-feature standardization, fitted on training data and applied to every part.
///
/// For feature `j`, with mean `μ_j` and standard deviation `σ_j` measured on the rows it was
/// fitted on,
///
///     x'_j = (x_j − μ_j) / σ_j,    μ_j = (1/N) Σ_n x_nj,    σ_j = √((1/N) Σ_n (x_nj − μ_j)²)
///
/// (population standard deviation). A feature that is constant on those rows (σ_j = 0, like
/// the always-blank corner pixels of the digits) is only centred: its divisor is 1.
///
/// The statistics are part of the model: measuring them on validation or test rows lets
/// those rows shape the model, and the scores they give become optimistic. So the plain
/// initializers fit on training rows only, and the leaky variant has a name that says
/// what it does: `fitIncludingHeldOutData(_:)`.
public struct Standardizer: Sendable {
    /// `μ_j` per feature, over the flattened example.
    public let mean: [Float]
    /// `σ_j` per feature (0 for a constant feature, which is then divided by 1).
    public let standardDeviation: [Float]

    /// Fits the statistics on the examples of `training`.
    public init(fittedOn training: Dataset) {
        precondition(training.count > 0, "cannot fit a standardizer on an empty set")
        let width = training.valuesPerExample
        let values = training.features.scalars
        let n = Double(training.count)
        var sum = [Double](repeating: 0, count: width)
        for row in 0..<training.count {
            for j in 0..<width { sum[j] += Double(values[row * width + j]) }
        }
        let mean = sum.map { $0 / n }
        var squares = [Double](repeating: 0, count: width)
        for row in 0..<training.count {
            for j in 0..<width {
                let deviation = Double(values[row * width + j]) - mean[j]
                squares[j] += deviation * deviation
            }
        }
        self.mean = mean.map { Float($0) }
        self.standardDeviation = squares.map { Float(($0 / n).squareRoot()) }
    }

    /// Fits the statistics on the training part of `split` only.
    public init(fittedOn split: DataSplit) {
        self.init(fittedOn: split.training)
    }

    /// Fits the statistics on all of `split`, test rows included: the leakage the data
    /// lesson measures. This reads the test set, so it is recorded as one of its openings.
    public static func fitIncludingHeldOutData(_ split: DataSplit) -> Standardizer {
        let test = split.test.open(
            reason: "Standardizer.fitIncludingHeldOutData: mean and standard deviation measured on the test rows too")
        return Standardizer(fittedOn: Dataset(concatenating: [split.training, split.validation, test]))
    }

    /// `dataset` with every feature standardized by these statistics.
    public func apply(to dataset: Dataset) -> Dataset {
        let width = mean.count
        precondition(dataset.valuesPerExample == width,
                     "fitted on examples of \(width) values, applied to examples of \(dataset.valuesPerExample)")
        let scale = standardDeviation.map { $0 > 0 ? 1 / $0 : 1 }
        let source = dataset.features.scalars
        let values = [Float](unsafeUninitializedCapacity: source.count) { buffer, initialized in
            for row in 0..<dataset.count {
                for j in 0..<width {
                    let index = row * width + j
                    buffer[index] = (source[index] - mean[j]) * scale[j]
                }
            }
            initialized = source.count
        }
        let standardized = Tensor(shape: dataset.features.shape, scalars: values)
        if let targets = dataset.targets {
            return Dataset(features: standardized, targets: Tensor(shape: targets.shape, scalars: targets.scalars))
        }
        return Dataset(features: standardized, labels: dataset.labels)
    }

    /// Every part of `split` standardized by these statistics; the test part stays sealed
    /// (its rows are transformed without being opened).
    public func apply(to split: DataSplit) -> DataSplit {
        DataSplit(
            training: apply(to: split.training),
            validation: apply(to: split.validation),
            test: split.test.mappingRows { apply(to: $0) }
        )
    }
}

extension DataSplit {
    /// This split standardized the right way: statistics from the training part, applied to
    /// all three parts.
    public func standardized() -> DataSplit {
        Standardizer(fittedOn: self).apply(to: self)
    }
}
