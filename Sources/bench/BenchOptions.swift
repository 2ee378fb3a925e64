/// The bench's command line (parsed by hand: the bench depends on the engine and BLAS only).
struct BenchOptions {
    /// BLAS (and PyTorch, and numpy) thread counts; one table each.
    var threads = [1, 2]
    /// Rounds: in each, one timed run of every workload in the engine, then in each script.
    var repetitions = 5
    /// Repetitions of W4's product.
    var gemmRepetitions = 10
    /// The parts to run: workload keys, "w4" and "course"; empty for all.
    var only: Set<String> = []
    /// The Python interpreter for the reference scripts.
    var python = "python3"
    /// Skip the reference scripts and the course (for profiling the engine).
    var engineOnly = false
    /// Keep the exchange folder (data, weights, orders and every implementation's results) and print where it is.
    var keep = false
    /// Run one round of the engine's side at the first thread count and print it as JSON: how
    /// the bench starts each round of the engine in a process of its own.
    var engineRound = false
    /// Where `--engine-round` writes its result.
    var output: String?

    static let usage = """
        usage: bench [--threads 1,2] [--repetitions 5] [--only KEYS] [--python python3] [--engine-only] [--keep]

        Runs the course's workloads in the engine, in PyTorch and in numpy on identical data,
        initial weights and batch order, prints a table per thread count and the agreement
        of the losses, and exits with status 1 when a gated loss disagrees with PyTorch.

          --threads      BLAS/PyTorch/numpy thread counts, one table each (default 1,2)
          --repetitions  rounds, each one timed run per workload of the engine, PyTorch and numpy in turn (default 5)
          --only         comma-separated parts: \(Workload.all.map(\.key).joined(separator: ",")),w4,course,rebuild
          --python       the interpreter that runs Sources/bench/reference/*.py
          --engine-only  run the engine's side only (no scripts, no course), e.g. under a profiler
          --keep         keep the exchange folder (with every result as JSON) and print its path

        Each round of the engine runs in a process of its own (`bench --engine-round`, with
        --threads N, --only KEYS, --gemm-repetitions N and --out FILE), as each round of a
        script does.
        """

    /// Parses `arguments` (without the program name); throws the usage on a mistake.
    static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
        var options = BenchOptions()
        var remaining = arguments[...]
        func value(of flag: String) throws(UsageError) -> String {
            guard let value = remaining.popFirst() else { throw UsageError(message: "\(flag) needs a value") }
            return value
        }
        let known = Set(Workload.all.map(\.key) + ["w4", "course", "rebuild"])
        while let flag = remaining.popFirst() {
            switch flag {
            case "--threads":
                let parts = try value(of: flag).split(separator: ",")
                let counts = parts.compactMap { Int($0) }.filter { $0 >= 1 }
                guard !counts.isEmpty, counts.count == parts.count else {
                    throw UsageError(message: "--threads takes positive counts such as 1,2")
                }
                options.threads = counts
            case "--repetitions":
                guard let count = Int(try value(of: flag)), count >= 1 else {
                    throw UsageError(message: "--repetitions takes a count of at least 1")
                }
                options.repetitions = count
            case "--only":
                let keys = Set(try value(of: flag).split(separator: ",").map { $0.lowercased() })
                guard keys.isSubset(of: known) else {
                    throw UsageError(message: "--only knows \(known.sorted().joined(separator: ", ")), not \(keys.subtracting(known).sorted().joined(separator: ", "))")
                }
                options.only = keys
            case "--python":
                options.python = try value(of: flag)
            case "--engine-only":
                options.engineOnly = true
            case "--keep":
                options.keep = true
            case "--engine-round":
                options.engineRound = true
            case "--out":
                options.output = try value(of: flag)
            case "--gemm-repetitions":
                guard let count = Int(try value(of: flag)), count >= 1 else {
                    throw UsageError(message: "--gemm-repetitions takes a count of at least 1")
                }
                options.gemmRepetitions = count
            case "--help", "-h":
                throw UsageError(message: nil)
            default:
                throw UsageError(message: "unknown option \(flag)")
            }
        }
        return options
    }

    /// Whether the part called `key` runs.
    func includes(_ key: String) -> Bool { only.isEmpty || only.contains(key) }
}

/// A command-line mistake (or `--help`, whose message is `nil`).
struct UsageError: Error {
    let message: String?
}
