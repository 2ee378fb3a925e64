/// One reference script's results over all rounds at one thread count.
struct ReferenceColumn {
    /// False when the script could not run; `reason` then says why.
    private(set) var available = true
    /// The library and its version: "PyTorch 2.13.0+cpu".
    private(set) var library: String?
    private(set) var reason: String?
    /// By workload key.
    private(set) var workloads: [String: WorkloadSamples] = [:]
    /// The first step losses in float64 (numpy only).
    private(set) var exactStepLosses: [String: [Double]]?
    /// W4's product.
    private(set) var gemm = Samples()
    /// W4's product, when the script timed it.
    var gemmSamples: Samples? { gemm.values.isEmpty ? nil : gemm }

    /// Adds one round's result; one failed round marks the column unavailable.
    mutating func add(_ result: ReferenceResult) {
        guard result.available, available else {
            (available, reason) = (false, reason ?? result.reason)
            return
        }
        library = result.library
        exactStepLosses = result.exactStepLosses
        for (key, workload) in result.workloads ?? [:] { workloads[key, default: WorkloadSamples()].add(workload) }
        if let seconds = result.gemmSeconds { gemm.append(seconds) }
    }
}

/// Everything measured at one thread count, and its table.
struct ThreadRun {
    let threads: Int
    /// The engine's results, by workload key.
    var engine: [String: WorkloadSamples] = [:]
    /// The seconds of each workload's `WorkloadFloor`, by workload key.
    var floors: [String: Samples] = [:]
    var pytorch: ReferenceColumn?
    var numpy: ReferenceColumn?
    /// W4: the rate's factors, and the engine's and the direct `cblas_sgemm` seconds.
    var gemm: (rate: GEMMRate, engine: Samples, direct: Samples)?
    /// Timed at the first thread count only.
    var course: Result<CourseTiming, CourseTimingError>?

    /// Adds one round of the engine's side: its workloads, floors and W4 medians.
    mutating func add(_ round: EngineRound, gemm rate: GEMMRate?) {
        for (key, result) in round.workloads { engine[key, default: WorkloadSamples()].add(result) }
        for (key, seconds) in round.floors { floors[key, default: Samples()].append(seconds) }
        if let rate, let seconds = round.gemm {
            var samples = gemm ?? (rate, Samples(), Samples())
            samples.engine.append(seconds.engine)
            samples.direct.append(seconds.direct)
            gemm = samples
        }
    }

    /// The machine's measured GEMM rate at this thread count (median), in FLOP/s.
    var gemmRate: Double? { gemm.map { $0.rate.operations / $0.direct.median } }

    /// The table: workload, times, ratios, GFLOP/s, share of the GEMM rate, and the goal.
    func table(for workloads: [PreparedWorkload]) -> TextTable {
        var table = TextTable(header: [
            "workload", "unit", "engine (min–max)", "PyTorch (min–max)", "numpy (min–max)", "engine ÷ PyTorch", "engine ÷ numpy",
            "engine GFLOP/s", "of GEMM", "goal",
        ])
        for prepared in workloads {
            let workload = prepared.workload
            guard let samples = engine[workload.key], let speedGoal = workload.goal else { continue }
            let seconds = samples.seconds.median
            let unit = workload.timing == .perEpoch ? "ms/epoch" : "ms/step"
            let flops = operations(of: prepared) / seconds
            let torch = pytorch?.workloads[workload.key]?.seconds.median
            let goal = switch speedGoal {
            case .fractionOfPyTorch(let limit):
                "≤ \(limit)× PyTorch " + mark(torch.map { seconds <= limit * $0 })
            case .shareOfGEMM(let share):
                "≥ \(Format.percent(share)) of GEMM, < PyTorch "
                    + mark(gemmRate.flatMap { rate in torch.map { flops >= share * rate && seconds < $0 } })
            }
            table.rows.append([
                workload.title, unit,
                Format.spread(samples.seconds),
                cell(pytorch, \.workloads[workload.key]?.seconds), cell(numpy, \.workloads[workload.key]?.seconds),
                ratio(seconds, torch),
                ratio(seconds, numpy?.workloads[workload.key]?.seconds.median),
                Format.significant(flops / 1e9), gemmRate.map { Format.percent(flops / $0) } ?? "", goal,
            ])
            if let floor = floors[workload.key] {
                let floorFlops = operations(of: prepared) / floor.median
                table.rows.append([
                    "  its floor: products (cblas) + \(workload.optimizer == "adam" ? "Adam" : "SGD")",
                    unit, Format.spread(floor), "", "", "", "",
                    Format.significant(floorFlops / 1e9), gemmRate.map { Format.percent(floorFlops / $0) } ?? "",
                    "(engine at \(Format.percent(floor.median / seconds)) of it)",
                ])
            }
        }
        if let gemm {
            let size = gemm.rate.size
            let engineRate = gemm.rate.operations / gemm.engine.median
            table.rows.append([
                "W4 GEMM \(size)³ (matmul)", "ms", Format.spread(gemm.engine),
                cell(pytorch, \.gemmSamples), cell(numpy, \.gemmSamples),
                ratio(gemm.engine.median, pytorch?.gemm.median), ratio(gemm.engine.median, numpy?.gemm.median),
                Format.significant(engineRate / 1e9), gemmRate.map { Format.percent(engineRate / $0) } ?? "",
                "≥ 95% of cblas " + mark(gemmRate.map { engineRate >= 0.95 * $0 }),
            ])
            table.rows.append([
                "W4 GEMM \(size)³ (cblas_sgemm)", "ms", Format.spread(gemm.direct), "", "", "", "",
                Format.significant(gemm.rate.operations / gemm.direct.median / 1e9), "100%", "(the GEMM rate)",
            ])
        }
        switch course {
        case .success(let course):
            let status = course.succeeded ? "" : " (a lesson failed)"
            table.rows.append([
                "Course: course build, \(course.lessonCount) lesson\(course.lessonCount == 1 ? "" : "s")\(status)", "s",
                Format.significant(course.seconds), "", "", "", "", "", "", "seconds, not minutes " + mark(course.seconds < 60),
            ])
            table.rows.append([
                "Course: slowest lesson, \(course.slowestLesson)", "s", Format.significant(course.slowestSeconds),
                "", "", "", "", "", "", "< 20 s " + mark(course.slowestSeconds < 20),
            ])
        case .failure(let error):
            table.rows.append(["Course: course build", "s", error.reason, "", "", "", "", "", "", ""])
        case nil:
            break
        }
        return table
    }

    /// Why a reference column is empty, if it is.
    var notes: [String] {
        [("PyTorch", pytorch), ("numpy", numpy)].compactMap { name, result in
            guard let result, !result.available else { return nil }
            return "\(name): \(result.reason ?? "unavailable")"
        }
    }

    /// Floating-point operations of one timed unit (an epoch or a step): a multiply and an add
    /// for each multiply-add of the products a training step makes (forward, ∂W, and ∂x below
    /// the first layer) and of the forward products on the validation set.
    private func operations(of prepared: PreparedWorkload) -> Double {
        let workload = prepared.workload
        switch workload.timing {
        case .perStep:
            return 2 * workload.trainingMultiplyAddsPerExample * Double(workload.batchSize)
        case .perEpoch:
            let validation = workload.validateEveryEpoch ? Double(prepared.validation?.count ?? 0) : 0
            return 2 * workload.trainingMultiplyAddsPerExample * Double(prepared.training.count)
                + 2 * workload.multiplyAddsPerExample * validation
        }
    }

    private func cell(_ reference: ReferenceColumn?, _ seconds: KeyPath<ReferenceColumn, Samples?>) -> String {
        guard let reference else { return "" }
        guard reference.available else { return reference.reason?.contains("not installed") == true ? "not installed" : "failed" }
        return reference[keyPath: seconds].map(Format.spread) ?? "—"
    }

    private func ratio(_ engine: Double, _ reference: Double?) -> String {
        reference.map { Format.ratio(engine / $0) } ?? ""
    }

    private func mark(_ holds: Bool?) -> String {
        holds.map { $0 ? "✓" : "✗" } ?? "?"
    }
}
