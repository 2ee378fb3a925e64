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

let prepared = PreparedWorkload.make(Workload.all.filter { options.includes($0.key) }, digits: try Digits.load())
let gemm = options.includes("w4") ? GEMMRate(size: 1024, repetitions: options.gemmRepetitions) : nil

// A round of the engine's side, in a process the bench started: measure, write, exit.
if options.engineRound {
    guard let output = options.output else {
        note("bench: --engine-round needs --out FILE")
        exit(2)
    }
    BLAS.setThreadCount(options.threads[0])
    let round = EngineRound.measure(prepared, gemm: gemm)
    try ChildProcess.encoder.encode(round).write(to: URL(fileURLWithPath: output))
    exit(0)
}

let folder = try ExchangeFolder.create()
let workloads = try folder.write(prepared)
var gemmFiles: Manifest.GEMMFiles?
if let gemm {
    let (fileA, fileB) = (try folder.writeSquareMatrix(gemm.a, named: "gemm-a", size: gemm.size),
                          try folder.writeSquareMatrix(gemm.b, named: "gemm-b", size: gemm.size))
    gemmFiles = Manifest.GEMMFiles(size: gemm.size, a: fileA, b: fileB, repetitions: options.gemmRepetitions)
}
// The scripts run once per round: a warm-up run and one timed run of each workload.
try folder.writeManifest(Manifest(
    workloads: workloads.map(\.workload), repetitions: 1, timedSteps: Workload.timedSteps,
    comparedSteps: Agreement.steps, gemm: gemmFiles
))

// `--only course,rebuild` leaves the scripts nothing to compare.
let referencesHaveWork = !workloads.isEmpty || gemmFiles != nil
print("Machine: \(Machine.description)")
var failures: [String] = []
for (index, threads) in options.threads.enumerated() {
    BLAS.setThreadCount(threads)
    let label = "[\(threads) thread\(threads == 1 ? "" : "s")]"
    var run = ThreadRun(threads: threads)
    // Workloads without a speed goal are run once, for the agreement check only. Each round of
    // the engine (a warm-up and a timed run of each workload, of its floor, and W4) runs in a
    // process of its own, as each round of the scripts does.
    for round in 1...options.repetitions {
        let keys = workloads.filter { round == 1 || $0.workload.goal != nil }.map(\.workload.key) + (gemm == nil ? [] : ["w4"])
        if !keys.isEmpty {
            note("\(label) round \(round): engine")
            switch EngineRound.run(binary: binaries.appending(path: "bench"), keys: keys, threads: threads,
                                   gemmRepetitions: options.gemmRepetitions,
                                   output: folder.url.appending(path: "engine-round.json")) {
            case .success(let measured):
                run.add(measured, gemm: gemm)
            case .failure(let failure):
                note("bench: \(failure.reason)")
                exit(2)
            }
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
        try ChildProcess.encoder.encode(run.engine).write(to: folder.url.appending(path: "engine.\(threads).json"))
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
