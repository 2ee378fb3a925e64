#if canImport(Accelerate)
import Accelerate
#elseif canImport(CBLAS)
import CBLAS
#endif
import Foundation

/// A one-line description of the machine the numbers come from.
enum Machine {
    static var description: String {
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        let system = ProcessInfo.processInfo.operatingSystemVersionString
        return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + String(format: "%.0f GiB", memory) + ", \(system); BLAS: \(blas)"
    }

    private static var blas: String {
        #if canImport(Accelerate)
        return "Accelerate"
        #else
        let config = openblas_get_config().map { String(cString: $0) } ?? "OpenBLAS"
        let core = openblas_get_corename().map { String(cString: $0) } ?? "?"
        return "\(config) (kernels: \(core))"
        #endif
    }
}
