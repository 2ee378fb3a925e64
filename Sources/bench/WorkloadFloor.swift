#if canImport(Accelerate)
import Accelerate
#elseif canImport(CBLAS)
import CBLAS
#endif
import Engine

/// The least time a workload can take in this process: its matrix products alone, called
/// straight into `cblas_sgemm` with the shapes and transposes the engine asks for, and the
/// engine's optimizer step after every batch, with nothing else (no bias, activation, loss,
/// normalization or dropout, no allocation, no zeroing). Against it the engine's time says how
/// much of an epoch the engine spends outside what no implementation on this BLAS can skip.
///
/// Every product accumulates into its output (β = 1), which is never slower in OpenBLAS than
/// writing it fresh (β = 0 clears the output in a pass of its own). The operands are zeros:
/// the arithmetic takes the same time on any values but subnormal ones, and zeros cannot
/// grow into them over the repeated accumulations.
final class WorkloadFloor {
    let workload: Workload
    private let trainingCount: Int
    private let validationCount: Int
    private let parameters: [Tensor]
    private let optimizer: any Optimizer
    /// Per linear layer l: its weights [w(l), w(l+1)] and their gradient, same shape.
    private let weights: [UnsafeMutableBufferPointer<Float>]
    private let weightGradients: [UnsafeMutableBufferPointer<Float>]
    /// Per layer boundary l: the activations and their gradients, [rows, w(l)], for the
    /// largest batch (training or evaluation).
    private let activations: [UnsafeMutableBufferPointer<Float>]
    private let activationGradients: [UnsafeMutableBufferPointer<Float>]

    /// Evaluation's batch size, `evaluate`'s default.
    static let evaluationBatchSize = 256

    /// Prepares the buffers, and the model's gradients from one real batch, so that the
    /// optimizer has something to apply.
    init(_ prepared: PreparedWorkload) {
        workload = prepared.workload
        trainingCount = prepared.orders.first?.count ?? prepared.training.count
        validationCount = workload.validateEveryEpoch ? prepared.validation?.count ?? 0 : 0
        let model = workload.makeModel()
        parameters = model.parameters
        optimizer = workload.makeOptimizer()
        let rows = Array(0..<min(workload.batchSize, prepared.training.count))
        crossEntropy(model(prepared.training.features.rows(at: rows)), labels: rows.map { prepared.training.labels[$0] })
            .backward()

        func zeros(_ count: Int) -> UnsafeMutableBufferPointer<Float> {
            let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
            buffer.initialize(repeating: 0)
            return buffer
        }
        let widths = workload.widths
        let rowsAtMost = max(workload.batchSize, validationCount > 0 ? Self.evaluationBatchSize : 0)
        weights = zip(widths, widths.dropFirst()).map { zeros($0 * $1) }
        weightGradients = zip(widths, widths.dropFirst()).map { zeros($0 * $1) }
        activations = widths.map { zeros(rowsAtMost * $0) }
        activationGradients = widths.map { zeros(rowsAtMost * $0) }
    }

    deinit {
        for buffer in weights + weightGradients + activations + activationGradients { buffer.deallocate() }
    }

    /// One timed unit, as `EngineRun` times the workload: seconds per epoch over a whole run,
    /// or the median step after the warm-up steps.
    func seconds() -> Double {
        switch workload.timing {
        case .perEpoch:
            secondsTaken { for _ in 0..<workload.epochs { epoch() } } / Double(workload.epochs)
        case .perStep:
            perStep()
        }
    }

    private func epoch() {
        for start in stride(from: 0, to: trainingCount, by: workload.batchSize) {
            trainingStep(rows: min(workload.batchSize, trainingCount - start))
        }
        for start in stride(from: 0, to: validationCount, by: Self.evaluationBatchSize) {
            forward(rows: min(Self.evaluationBatchSize, validationCount - start))
        }
    }

    private func perStep() -> Double {
        var times = Samples()
        var step = 0
        for _ in 0..<workload.epochs {
            for start in stride(from: 0, to: trainingCount, by: workload.batchSize) {
                let rows = min(workload.batchSize, trainingCount - start)
                let elapsed = secondsTaken { trainingStep(rows: rows) }
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
                    activations[layer], activationGradients[layer + 1], into: weightGradients[layer])
            if layer > 0 {
                // ∂x = g·Wᵀ: [rows, outputs]·[outputs, inputs] → [rows, inputs]
                product(transposeA: false, transposeB: true, m: rows, n: inputs, k: outputs,
                        activationGradients[layer + 1], weights[layer], into: activationGradients[layer])
            }
        }
        optimizer.step(parameters)
    }

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
