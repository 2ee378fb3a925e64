#if canImport(Accelerate)
import Accelerate
#elseif canImport(CBLAS)
import CBLAS
#endif
import Engine

/// W4: one square single-precision matrix product, through the engine's tensor API and
/// through `cblas_sgemm` called directly (the machine's measured GEMM rate).
struct GEMMRate {
    let size: Int
    let a: [Float]
    let b: [Float]
    let repetitions: Int

    /// Floating-point operations of one product: a multiply and an add per term, 2·n³.
    var operations: Double { 2 * Double(size) * Double(size) * Double(size) }

    /// The median seconds of `matmul` on two tensors, after a warm-up.
    func engineSeconds() -> Double {
        let left = Tensor(shape: [size, size], scalars: a)
        let right = Tensor(shape: [size, size], scalars: b)
        return timed { _ = matmul(left, right) }
    }

    /// The median seconds of `cblas_sgemm` into a buffer allocated once, after a warm-up.
    func directSeconds() -> Double {
        var c = [Float](repeating: 0, count: size * size)
        let n = Int32(size)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    timed {
                        // [n, n]·[n, n] → [n, n]
                        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n,
                                    1, a.baseAddress, n, b.baseAddress, n, 0, c.baseAddress, n)
                    }
                }
            }
        }
    }

    private func timed(_ body: () -> Void) -> Double {
        body()
        return median((0..<repetitions).map { _ in secondsTaken(by: body) })
    }
}
