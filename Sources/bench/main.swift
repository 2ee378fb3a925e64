import Engine
import Foundation

// `make bench`: the course's workloads in the engine, in PyTorch (CPU) and in plain numpy, on
// identical data, initial weights and batch order, at each thread count; then the agreement
// of their losses, which fails the run (exit status 1) when a gated difference is too large.
// The three take turns, one timed run each per round, so that a moment of load on the shared
// machine falls on all of them alike; every time is reported as median (minimum–maximum).

// OpenBLAS starts a worker thread per core when it loads, and an idle worker spins on
// sched_yield for a long while, taking a core from everything else running. With
// OPENBLAS_NUM_THREADS=1 it starts none, as the reference scripts' processes do, and still
// grows its pool when `BLAS.setThreadCount` asks for more. The variable must be set before
// the library loads, so the bench starts itself again with it (and a mark, so that `course
// build` is still timed in the environment the bench was started in).
#if os(Linux)
if ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] == nil {
    setenv("OPENBLAS_NUM_THREADS", "1", 1)
    setenv(CourseTiming.addedVariableMark, "1", 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
}
#endif

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if let message = error.message { FileHandle.standardError.write(Data("bench: \(message)\n\n".utf8)) }
    print(BenchOptions.usage)
    exit(error.message == nil ? 0 : 2)
}

/// Progress goes to standard error, so standard output holds only the tables.
func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

let references = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "reference")
let binaries = Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")

let folder = try ExchangeFolder.create()
let workloads = try folder.prepare(Workload.all.filter { options.includes($0.key) }, digits: Digits.load())
var gemm: GEMMRate?
var gemmFiles: Manifest.GEMMFiles?
if options.includes("w4") {
    let size = 1024
    let (fileA, valuesA) = try folder.writeSquareMatrix(named: "gemm-a", size: size, seed: 401)
    let (fileB, valuesB) = try folder.writeSquareMatrix(named: "gemm-b", size: size, seed: 402)
    gemm = GEMMRate(size: size, a: valuesA, b: valuesB, repetitions: options.gemmRepetitions)
    gemmFiles = Manifest.GEMMFiles(size: size, a: fileA, b: fileB, repetitions: options.gemmRepetitions)
}
// The scripts run once per round: a warm-up run and one timed run of each workload.
try folder.writeManifest(Manifest(
    workloads: workloads.map(\.workload), repetitions: 1, timedSteps: Workload.timedSteps,
    comparedSteps: Agreement.steps, gemm: gemmFiles
))

// `--only course,rebuild` leaves the scripts nothing to compare.
let referencesHaveWork = !workloads.isEmpty || gemmFiles != nil
print("Machine: \(Machine.description)")
// Each workload with a share-of-GEMM goal also times its floor, right after the engine's run
// in the same round, so that both see the same moments of the machine.
let floors = Dictionary(uniqueKeysWithValues: workloads.compactMap { prepared -> (String, WorkloadFloor)? in
    guard case .shareOfGEMM = prepared.workload.goal else { return nil }
    return (prepared.workload.key, WorkloadFloor(prepared))
})
var failures: [String] = []
for (index, threads) in options.threads.enumerated() {
    BLAS.setThreadCount(threads)
    let label = "[\(threads) thread\(threads == 1 ? "" : "s")]"
    var run = ThreadRun(threads: threads)
    note("\(label) engine warm-up")
    for prepared in workloads { _ = EngineRun.measure(prepared) }
    for floor in floors.values { _ = floor.seconds() }
    // Workloads without a speed goal are run once, for the agreement check only.
    for round in 1...options.repetitions {
        for prepared in workloads where round == 1 || prepared.workload.goal != nil {
            note("\(label) round \(round): engine \(prepared.workload.title)")
            run.engine[prepared.workload.key, default: WorkloadSamples()].add(EngineRun.measure(prepared))
            if let floor = floors[prepared.workload.key] {
                note("\(label) round \(round): floor of \(prepared.workload.title)")
                run.floors[prepared.workload.key, default: Samples()].append(floor.seconds())
            }
        }
        // Every round, so that the GEMM rate is measured across the same moments as the
        // workloads; each round adds its median, as the scripts report theirs.
        if let gemm {
            note("\(label) round \(round): engine and cblas_sgemm: W4, alternating")
            let (engine, direct) = gemm.seconds()
            var samples = run.gemm ?? (gemm, Samples(), Samples())
            samples.engine.append(engine.median)
            samples.direct.append(direct.median)
            run.gemm = samples
        }
        for script in [ReferenceScript.pytorch, .numpy] where !options.engineOnly && referencesHaveWork {
            note("\(label) round \(round): \(script.name)")
            let result = script.run(folder: folder, scripts: references, python: options.python, threads: threads)
            if script.name == "PyTorch" {
                run.pytorch = run.pytorch ?? ReferenceColumn()
                run.pytorch?.add(result)
            } else {
                run.numpy = run.numpy ?? ReferenceColumn()
                run.numpy?.add(result)
            }
        }
    }
    if options.keep {
        try JSONEncoder().encode(run.engine).write(to: folder.url.appending(path: "engine.\(threads).json"))
    }
    if index == 0 && options.includes("course") && !options.engineOnly {
        note("course build, then each lesson on its own")
        run.course = CourseTiming.measure(course: binaries.appending(path: "course"))
    }

    var rebuild: Result<RebuildTiming, CourseTimingError>?
    if index == 0 && options.includes("rebuild") && !options.engineOnly {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        rebuild = RebuildTiming.measure(package: package, rounds: 3, note: note)
    }

    let libraries = [run.pytorch, run.numpy].compactMap { $0?.library }
    if referencesHaveWork {
        print("\nBLAS threads: \(threads)\(libraries.isEmpty ? "" : "; " + libraries.joined(separator: ", "))")
        print(run.table(for: workloads).rendered)
        for line in run.notes { print("  \(line)") }
    }
    switch rebuild {
    case .success(let timing): print("\n" + timing.report.joined(separator: "\n"))
    case .failure(let error): print("\nRebuild not timed: \(error.reason)")
    case nil: break
    }

    guard referencesHaveWork else { continue }
    // Agreement against PyTorch (gated), or against the numpy script when PyTorch is missing (reported).
    let reference = [("PyTorch", run.pytorch), ("numpy", run.numpy)].first { $0.1?.available == true }
    guard let (name, result) = reference, let result else {
        print(options.engineOnly ? "\nAgreement not checked (--engine-only)."
              : "\nAgreement not checked: neither PyTorch nor numpy ran (`make bench-deps` installs them).")
        continue
    }
    var agreement = Agreement(reference: name, threads: threads, gates: name == "PyTorch")
    for prepared in workloads {
        guard let engine = run.engine[prepared.workload.key]?.last else { continue }
        if let other = result.workloads[prepared.workload.key]?.last {
            agreement.compare(prepared.workload, engine: engine, reference: other,
                              exact: run.numpy?.exactStepLosses?[prepared.workload.key],
                              float32: run.numpy?.workloads[prepared.workload.key]?.last?.stepLosses)
        } else {
            agreement.missing(prepared.workload)
        }
    }
    if !workloads.isEmpty { print("\n" + agreement.rendered) }
    failures += agreement.failures.map { "\(label) \($0)" }
}

if options.keep { note("exchange folder kept: \(folder.url.path)") } else { folder.remove() }
if !failures.isEmpty {
    print("\nAGREEMENT FAILED: the engine computes something else than the reference:")
    for failure in failures { print("  ✗ \(failure)") }
    exit(1)
}
