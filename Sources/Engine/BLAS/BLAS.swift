#if canImport(Accelerate)
import Accelerate
import Foundation
#elseif canImport(CBLAS)
import CBLAS
#endif

/// The BLAS library behind every matrix product: OpenBLAS on Linux, Accelerate on macOS.
///
/// BLAS runs on one thread unless told otherwise, so a sum is always added up in the same
/// order and a lesson re-runs to the same numbers, bit for bit.
public enum BLAS {
    /// Runs once, before the first product, however many threads ask at the same moment
    /// (a `static let` is initialized lazily and exactly once).
    private static let singleThreaded: Void = {
        #if canImport(Accelerate)
        _ = BLASSetThreading(BLAS_THREADING_SINGLE_THREADED)
        #else
        openblas_set_num_threads(1)
        #endif
    }()

    /// Makes sure the one-time configuration has happened.
    static func prepare() {
        singleThreaded
    }

    /// The number of threads BLAS uses for a product. Accelerate knows only "one" and "as
    /// many as it likes"; the latter is reported as the number of active cores.
    public static var threadCount: Int {
        prepare()
        #if canImport(Accelerate)
        return BLASGetThreading() == BLAS_THREADING_SINGLE_THREADED ? 1 : ProcessInfo.processInfo.activeProcessorCount
        #else
        return Int(openblas_get_num_threads())
        #endif
    }

    /// Lets BLAS use `count` threads. More than one thread can change the order of additions
    /// and so the last bits of results; benchmarks use it, lessons keep the default of 1.
    /// Accelerate cannot be given a number: any count above 1 lets it use its own pool.
    public static func setThreadCount(_ count: Int) {
        precondition(count >= 1, "BLAS needs at least one thread, got \(count)")
        prepare()
        #if canImport(Accelerate)
        _ = BLASSetThreading(count == 1 ? BLAS_THREADING_SINGLE_THREADED : BLAS_THREADING_MULTI_THREADED)
        #else
        openblas_set_num_threads(Int32(count))
        #endif
    }

    /// C ← α·op(A)·op(B) + β·C for row-major matrices, where op transposes when asked.
    ///
    /// Shapes: op(A) is `[M, K]`, op(B) is `[K, N]`, C is `[M, N]`; a transposed operand is
    /// read in place through BLAS's transpose flag, never copied.
    static func multiply(
        _ a: Span<Float>, transposed transposeA: Bool,
        _ b: Span<Float>, transposed transposeB: Bool,
        into c: inout MutableSpan<Float>,
        m: Int, n: Int, k: Int, alpha: Float = 1, beta: Float
    ) {
        precondition(a.count == m * k && b.count == k * n && c.count == m * n,
                     "a [\(m), \(k)]·[\(k), \(n)] product got \(a.count), \(b.count) and \(c.count) values")
        prepare()
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            // An empty inner dimension sums nothing: C ← β·C.
            for index in c.indices { c[index] = beta == 0 ? 0 : beta * c[index] }
            return
        }
        // Leading dimensions: the stored row length of each operand.
        let lda = transposeA ? m : k
        let ldb = transposeB ? k : n
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    // For β = 0, OpenBLAS clears C in a pass of its own, several times slower
                    // than a fill (5% of the W2 workload). Filling C here and asking for β = 1
                    // adds the product onto zeros: the same bits, since p + 0 = p.
                    if beta == 0 { c.update(repeating: 0) }
                    cblas_sgemm(
                        CblasRowMajor,
                        transposeA ? CblasTrans : CblasNoTrans,
                        transposeB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k),
                        alpha, a.baseAddress, Int32(lda), b.baseAddress, Int32(ldb),
                        beta == 0 ? 1 : beta, c.baseAddress, Int32(n)
                    )
                }
            }
        }
    }
}
