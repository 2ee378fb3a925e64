/// Everything measured at one thread count, and its table.
struct ThreadRun {
    let threads: Int
    /// The engine's results, by workload key.
    var engine: [String: WorkloadResult] = [:]
    var pytorch: ReferenceResult?
    var numpy: ReferenceResult?
    /// W4: the engine's and the direct `cblas_sgemm` median seconds.
    var gemm: (rate: GEMMRate, engine: Double, direct: Double)?
    /// Timed at the first thread count only.
    var course: Result<CourseTiming, CourseTimingError>?

    /// The machine's measured GEMM rate at this thread count, in FLOP/s.
    var gemmRate: Double? { gemm.map { $0.rate.operations / $0.direct } }

    /// The table: workload, times, ratios, GFLOP/s, share of the GEMM rate, and the goal.
    func table(for workloads: [PreparedWorkload]) -> TextTable {
        var table = TextTable(header: [
            "workload", "unit", "engine", "PyTorch", "numpy", "engine ÷ PyTorch", "engine ÷ numpy",
            "engine GFLOP/s", "of GEMM", "goal",
        ])
        for prepared in workloads {
            let workload = prepared.workload
            guard let result = engine[workload.key], let speedGoal = workload.goal else { continue }
            let flops = operations(of: prepared) / result.seconds
            let torch = pytorch?.workloads?[workload.key]?.seconds
            let goal = switch speedGoal {
            case .fractionOfPyTorch(let limit):
                "≤ \(limit)× PyTorch " + mark(torch.map { result.seconds <= limit * $0 })
            case .shareOfGEMM(let share):
                "≥ \(Format.percent(share)) of GEMM, < PyTorch "
                    + mark(gemmRate.flatMap { rate in torch.map { flops >= share * rate && result.seconds < $0 } })
            }
            table.rows.append([
                workload.title, workload.timing == .perEpoch ? "ms/epoch" : "ms/step",
                Format.milliseconds(result.seconds),
                cell(pytorch, \.workloads?[workload.key]?.seconds), cell(numpy, \.workloads?[workload.key]?.seconds),
                ratio(result.seconds, pytorch?.workloads?[workload.key]?.seconds),
                ratio(result.seconds, numpy?.workloads?[workload.key]?.seconds),
                Format.significant(flops / 1e9), gemmRate.map { Format.percent(flops / $0) } ?? "", goal,
            ])
        }
        if let gemm {
            let size = gemm.rate.size
            let engineRate = gemm.rate.operations / gemm.engine
            table.rows.append([
                "W4 GEMM \(size)³ (matmul)", "ms", Format.milliseconds(gemm.engine),
                cell(pytorch, \.gemmSeconds), cell(numpy, \.gemmSeconds),
                ratio(gemm.engine, pytorch?.gemmSeconds), ratio(gemm.engine, numpy?.gemmSeconds),
                Format.significant(engineRate / 1e9), gemmRate.map { Format.percent(engineRate / $0) } ?? "",
                "≥ 95% of cblas " + mark(gemmRate.map { engineRate >= 0.95 * $0 }),
            ])
            table.rows.append([
                "W4 GEMM \(size)³ (cblas_sgemm)", "ms", Format.milliseconds(gemm.direct), "", "", "", "",
                Format.significant(gemm.rate.operations / gemm.direct / 1e9), "100%", "(the GEMM rate)",
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

    /// Floating-point operations of one timed unit (an epoch or a step): 6 per weight and
    /// training example (2 forward, 4 backward), 2 per weight and validation example.
    private func operations(of prepared: PreparedWorkload) -> Double {
        let workload = prepared.workload
        let perExample = workload.multiplyAddsPerExample
        switch workload.timing {
        case .perStep:
            return 6 * perExample * Double(workload.batchSize)
        case .perEpoch:
            let validation = workload.validateEveryEpoch ? Double(prepared.validation?.count ?? 0) : 0
            return 6 * perExample * Double(prepared.training.count) + 2 * perExample * validation
        }
    }

    private func cell(_ reference: ReferenceResult?, _ seconds: KeyPath<ReferenceResult, Double?>) -> String {
        guard let reference else { return "" }
        guard reference.available else { return reference.reason?.contains("not installed") == true ? "not installed" : "failed" }
        return reference[keyPath: seconds].map(Format.milliseconds) ?? "—"
    }

    private func ratio(_ engine: Double, _ reference: Double?) -> String {
        reference.map { Format.ratio(engine / $0) } ?? ""
    }

    private func mark(_ holds: Bool?) -> String {
        holds.map { $0 ? "✓" : "✗" } ?? "?"
    }
}
