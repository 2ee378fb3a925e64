import Engine
import Foundation

/// One round of the engine's side, run in a process of its own, as each round of a reference
/// script is: the machine runs some processes fast and others about 40% slower, so timing every
/// round of the engine in the bench's own process would put all of its rounds in whichever
/// mode that one process drew.
///
/// The bench starts itself with `--engine-round`; that process prepares the same workloads
/// (they are seeded), warms each up, times it once, then its floor, then W4, and writes what it
/// measured as JSON to the file `--out` names.
struct EngineRound: Codable {
    /// By workload key.
    var workloads: [String: WorkloadResult] = [:]
    /// The seconds of each workload's `WorkloadFloor`, by workload key.
    var floors: [String: Double] = [:]
    /// W4's median seconds through `matmul` and through `cblas_sgemm` in this round.
    var gemm: GEMMSeconds?

    struct GEMMSeconds: Codable {
        let engine: Double
        let direct: Double
    }

    /// The worker's side: a warm-up and a timed run of each workload, of its floor if it has
    /// one, and of W4.
    static func measure(_ workloads: [PreparedWorkload], gemm: GEMMRate?) -> EngineRound {
        var round = EngineRound()
        for prepared in workloads {
            _ = EngineRun.measure(prepared)
            round.workloads[prepared.workload.key] = EngineRun.measure(prepared)
            guard case .shareOfGEMM = prepared.workload.goal else { continue }
            let floor = WorkloadFloor(prepared)
            _ = floor.seconds()
            round.floors[prepared.workload.key] = floor.seconds()
        }
        if let gemm {
            let (engine, direct) = gemm.seconds()
            round.gemm = GEMMSeconds(engine: engine.median, direct: direct.median)
        }
        return round
    }

    /// The bench's side: starts `binary --engine-round` for `keys` at `threads` BLAS threads,
    /// with `output` for its result, and decodes what it wrote.
    static func run(binary: URL, keys: [String], threads: Int, gemmRepetitions: Int,
                    output: URL) -> Result<EngineRound, ChildProcess.Failure> {
        let arguments = ["--engine-round", "--threads", String(threads), "--only", keys.joined(separator: ","),
                         "--gemm-repetitions", String(gemmRepetitions), "--out", output.path]
        return ChildProcess.run(binary, arguments, name: "the engine's round", output: output, as: EngineRound.self)
    }
}
