#if canImport(Accelerate)
import Accelerate
#elseif canImport(CBLAS)
import CBLAS
#endif
import Engine

/// The least time the engine's own sequence of BLAS calls and optimizer steps can take: a
/// workload's matrix products alone, called straight into `cblas_sgemm` with the shapes and
/// transposes the engine asks for (the same batches, and validation in batches of
/// `defaultEvaluationBatchSize`), and the engine's optimizer step after every batch, with
/// nothing else (no bias, activation, loss, normalization or dropout, no allocation, no
/// zeroing). Against it the engine's time says how much of an epoch the engine spends on
/// everything around its products and its update.
///
/// Every product accumulates into its output (β = 1), which is never slower in OpenBLAS than
/// writing it fresh (β = 0 clears the output in a pass of its own). The operands are zeros:
/// the arithmetic takes the same time on any values but subnormal ones, and zeros cannot
/// grow into them over the repeated accumulations.
final class WorkloadFloor {
    /// The workload whose products and updates this replays.
    let workload: Workload
    /// The rows of each training epoch the engine runs, in order.
    private let epochRows: [Int]
    /// The validation rows evaluated after every epoch (0 when the workload does not validate).
    private let validationCount: Int
    /// The model's parameters, with gradients from one real batch, and the optimizer that
    /// updates them.
    private let parameters: [Tensor]
    private let optimizer: any Optimizer
    /// Per linear layer l: its weights [w(l), w(l+1)] and their gradient, same shape.
    private let weights: [UnsafeMutableBufferPointer<Float>]
    private let weightGradients: [UnsafeMutableBufferPointer<Float>]
    /// Per layer boundary l: the activations [rows, w(l)], for the largest batch (training or
    /// evaluation).
    private let activations: [UnsafeMutableBufferPointer<Float>]
    /// Per layer boundary l ≥ 1: ∂L/∂activations [batch, w(l)] (the input needs none).
    private let activationGradients: [UnsafeMutableBufferPointer<Float>]

    /// Prepares the buffers, and the model's gradients from one real batch, so that the
    /// optimizer has something to apply.
    init(_ prepared: PreparedWorkload) {
        workload = prepared.workload
        epochRows = prepared.orders.prefix(workload.epochs).map(\.count)
        validationCount = workload.validateEveryEpoch ? prepared.validation?.count ?? 0 : 0
        let model = workload.makeModel()
        parameters = model.parameters
        optimizer = workload.makeOptimizer()
        let rows = Array(0..<min(workload.batchSize, prepared.training.count))
        let labels = rows.map { prepared.training.labels[$0] }
        crossEntropy(model(prepared.training.features.rows(at: rows)), labels: labels).backward()

        func zeros(_ count: Int) -> UnsafeMutableBufferPointer<Float> {
            let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
            buffer.initialize(repeating: 0)
            return buffer
        }
        let widths = workload.widths
        let rowsAtMost = max(workload.batchSize, validationCount > 0 ? defaultEvaluationBatchSize : 0)
        weights = zip(widths, widths.dropFirst()).map { zeros($0 * $1) }
        weightGradients = zip(widths, widths.dropFirst()).map { zeros($0 * $1) }
        activations = widths.map { zeros(rowsAtMost * $0) }
        let batchSize = workload.batchSize
        activationGradients = widths.dropFirst().map { zeros(batchSize * $0) }
    }

    deinit {
        for buffer in weights + weightGradients + activations + activationGradients { buffer.deallocate() }
    }

    /// One timed unit, as `EngineRun` times the workload: seconds per epoch over a whole run,
    /// or the median step after the warm-up steps.
    func seconds() -> Double {
        switch workload.timing {
        case .perEpoch:
            secondsTaken { for rows in epochRows { epoch(rows: rows) } } / Double(epochRows.count)
        case .perStep:
            perStep()
        }
    }

    /// One epoch of `rows` training rows, then the validation set.
    private func epoch(rows: Int) {
        for start in stride(from: 0, to: rows, by: workload.batchSize) {
            trainingStep(rows: min(workload.batchSize, rows - start))
        }
        for start in stride(from: 0, to: validationCount, by: defaultEvaluationBatchSize) {
            forward(rows: min(defaultEvaluationBatchSize, validationCount - start))
        }
    }

    /// The median of every step's seconds after the warm-up steps.
    private func perStep() -> Double {
        var times = Samples()
        var step = 0
        for rows in epochRows {
            for start in stride(from: 0, to: rows, by: workload.batchSize) {
                let batch = min(workload.batchSize, rows - start)
                let elapsed = secondsTaken { trainingStep(rows: batch) }
                step += 1
                if step > workload.warmupSteps { times.append(elapsed) }
            }
        }
        return times.median
    }

    /// The products of one batch (forward, then ∂W for every layer and ∂x for all but the
    /// first, whose input needs no gradient) and the optimizer's step.
    private func trainingStep(rows: Int) {
        forward(rows: rows)
        let widths = workload.widths
        for layer in weights.indices.reversed() {
            let (inputs, outputs) = (widths[layer], widths[layer + 1])
            // ∂W = xᵀ·g: [inputs, rows]·[rows, outputs] → [inputs, outputs]
            product(transposeA: true, transposeB: false, m: inputs, n: outputs, k: rows,
                    activations[layer], activationGradients[layer], into: weightGradients[layer])
            if layer > 0 {
                // ∂x = g·Wᵀ: [rows, outputs]·[outputs, inputs] → [rows, inputs]
                product(transposeA: false, transposeB: true, m: rows, n: inputs, k: outputs,
                        activationGradients[layer], weights[layer], into: activationGradients[layer - 1])
            }
        }
        optimizer.step(parameters)
    }

    /// The forward products of a batch of `rows`.
    private func forward(rows: Int) {
        let widths = workload.widths
        for layer in weights.indices {
            // y = x·W: [rows, inputs]·[inputs, outputs] → [rows, outputs]
            product(transposeA: false, transposeB: false, m: rows, n: widths[layer + 1], k: widths[layer],
                    activations[layer], weights[layer], into: activations[layer + 1])
        }
    }

    /// C ← op(A)·op(B) + C for row-major A, B and C, each stored with the row length its
    /// untransposed shape has.
    private func product(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                         _ a: UnsafeMutableBufferPointer<Float>, _ b: UnsafeMutableBufferPointer<Float>,
                         into c: UnsafeMutableBufferPointer<Float>) {
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), 1,
                    a.baseAddress, Int32(transposeA ? m : k), b.baseAddress, Int32(transposeB ? k : n),
                    1, c.baseAddress, Int32(n))
    }
}
