import Engine

/// Runs the workloads in the engine, the way a lesson would.
enum EngineRun {
    /// Trains `prepared` (after a warm-up) and reports its median time and its losses.
    static func measure(_ prepared: PreparedWorkload, repetitions: Int) -> WorkloadResult {
        switch prepared.workload.timing {
        case .perEpoch: perEpoch(prepared, repetitions: repetitions)
        case .perStep: perStep(prepared)
        }
    }

    /// Whole runs of `fit`, the course's training loop; run 0 is the warm-up (and the only
    /// run of a workload without a speed goal).
    private static func perEpoch(_ prepared: PreparedWorkload, repetitions: Int) -> WorkloadResult {
        let workload = prepared.workload
        let repetitions = workload.goal == nil ? 0 : repetitions
        var times: [Double] = []
        var (history, model) = (History(), workload.makeModel())
        for run in 0...repetitions {
            if run > 0 { model = workload.makeModel() }
            let optimizer = workload.makeOptimizer()
            let elapsed = secondsTaken {
                history = fit(model, on: prepared.training,
                              validation: workload.validateEveryEpoch ? prepared.validation : nil,
                              epochs: workload.epochs, batchSize: workload.batchSize,
                              optimizer: optimizer, seed: workload.seed)
            }
            if run > 0 || repetitions == 0 { times.append(elapsed / Double(workload.epochs)) }
        }
        let validationLoss: Double? = if workload.validateEveryEpoch {
            history.epochs.last?.validationLoss
        } else {
            prepared.validation.map { evaluate(model, on: $0).loss }
        }
        return WorkloadResult(seconds: median(times), stepLosses: history.stepLosses, validationLoss: validationLoss)
    }

    /// One run of forward, loss, backward, update and zeroing per batch, each step timed.
    private static func perStep(_ prepared: PreparedWorkload) -> WorkloadResult {
        let workload = prepared.workload
        let model = workload.makeModel()
        let parameters = model.parameters
        let optimizer = workload.makeOptimizer()
        let (features, labels) = (prepared.training.features, prepared.training.labels)
        var (times, losses): ([Double], [Double]) = ([], [])
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
        return WorkloadResult(seconds: median(times), stepLosses: losses, validationLoss: nil)
    }
}
