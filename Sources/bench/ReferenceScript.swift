import Foundation

/// What a reference script reports: its measurements, or why it could not run.
struct ReferenceResult: Decodable {
    /// False when the library is not installed; `reason` then says so.
    let available: Bool
    /// The library and its version: "PyTorch 2.13.0+cpu".
    let library: String?
    let reason: String?
    /// By workload key.
    let workloads: [String: WorkloadResult]?
    /// The first step losses of each gated workload computed in float64 (numpy only).
    let exactStepLosses: [String: [Double]]?
    /// The median seconds of W4's product.
    let gemmSeconds: Double?

    /// A failed run, with the end of what the script said.
    static func failed(_ reason: String) -> ReferenceResult {
        ReferenceResult(available: false, library: nil, reason: reason, workloads: nil, exactStepLosses: nil, gemmSeconds: nil)
    }
}

/// One of the Python scripts in `Sources/bench/reference/`, run on the exchange folder.
struct ReferenceScript {
    /// The column's name: "PyTorch" or "numpy".
    let name: String
    /// The script's file name.
    let file: String

    static let pytorch = ReferenceScript(name: "PyTorch", file: "torch_reference.py")
    static let numpy = ReferenceScript(name: "numpy", file: "numpy_reference.py")

    /// Runs the script with `threads` threads for every library that reads an environment
    /// variable, and decodes what it wrote; never throws, a failure becomes the column's text.
    func run(folder: ExchangeFolder, scripts: URL, python: String, threads: Int) -> ReferenceResult {
        let output = folder.url.appending(path: "\(file).\(threads).json")
        var environment = ProcessInfo.processInfo.environment
        for variable in ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"] {
            environment[variable] = String(threads)
        }
        let arguments = [python, scripts.appending(path: file).path, folder.manifestURL.path,
                         "--threads", String(threads), "--out", output.path]
        switch ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), arguments, environment: environment,
                                name: file, output: output, as: ReferenceResult.self) {
        case .success(let result): return result
        case .failure(let failure): return .failed(failure.reason)
        }
    }
}
