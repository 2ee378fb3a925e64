import Engine

/// Runs the workloads in the engine, the way a lesson would, on the batches the exchange
/// folder's order file lists (the same ones the reference scripts read).
enum EngineRun {
    /// One timed run of `prepared`: seconds per epoch (per step), step losses, final validation loss.
    static func measure(_ prepared: PreparedWorkload) -> WorkloadResult {
        switch prepared.workload.timing {
        case .perEpoch: perEpoch(prepared)
        case .perStep: perStep(prepared)
        }
    }

    /// A whole run of `fit`, the course's training loop, timed and divided by its epochs.
    private static func perEpoch(_ prepared: PreparedWorkload) -> WorkloadResult {
        let workload = prepared.workload
        let model = workload.makeModel()
        var history = History()
        let elapsed = secondsTaken {
            history = fit(model, on: prepared.training,
                          validation: workload.validateEveryEpoch ? prepared.validation : nil,
                          epochs: workload.epochs, batchSize: workload.batchSize,
                          optimizer: workload.makeOptimizer(), seed: workload.seed, batchOrders: prepared.orders)
        }
        let validationLoss: Double? = if workload.validateEveryEpoch {
            history.epochs.last?.validationLoss
        } else {
            prepared.validation.map { evaluate(model, on: $0).loss }
        }
        return WorkloadResult(seconds: elapsed / Double(workload.epochs), stepLosses: history.stepLosses,
                              validationLoss: validationLoss)
    }

    /// One run of forward, loss, backward, update and zeroing per batch, written as a PyTorch
    /// user would write it (the loss stays alive through the step); the median of the timed steps.
    private static func perStep(_ prepared: PreparedWorkload) -> WorkloadResult {
        let workload = prepared.workload
        let model = workload.makeModel()
        let parameters = model.parameters
        let optimizer = workload.makeOptimizer()
        let (features, labels) = (prepared.training.features, prepared.training.labels)
        var times = Samples()
        var losses: [Double] = []
        for order in prepared.orders {
            for start in stride(from: 0, to: order.count, by: workload.batchSize) {
                let rows = Array(order[start..<min(start + workload.batchSize, order.count)])
                let elapsed = secondsTaken {
                    let loss = crossEntropy(model(features.rows(at: rows)), labels: rows.map { labels[$0] })
                    loss.backward()
                    optimizer.step(parameters)
                    zeroGradients(of: parameters)
                    losses.append(Double(loss.scalar))
                }
                if losses.count > workload.warmupSteps { times.append(elapsed) }
            }
        }
        return WorkloadResult(seconds: times.median, stepLosses: losses, validationLoss: nil)
    }
}
