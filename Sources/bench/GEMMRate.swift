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

    /// The seconds of `matmul` on two tensors and of `cblas_sgemm` into a buffer allocated
    /// once, alternating, after a warm-up of each: both see the same moments of a shared machine.
    func seconds() -> (engine: Samples, direct: Samples) {
        let left = Tensor(shape: [size, size], scalars: a)
        let right = Tensor(shape: [size, size], scalars: b)
        var c = [Float](repeating: 0, count: size * size)
        let n = Int32(size)
        var (engine, direct) = (Samples(), Samples())
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    func product() {
                        // [n, n]·[n, n] → [n, n]
                        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n,
                                    1, a.baseAddress, n, b.baseAddress, n, 0, c.baseAddress, n)
                    }
                    _ = matmul(left, right)
                    product()
                    for _ in 0..<repetitions {
                        engine.append(secondsTaken { _ = matmul(left, right) })
                        direct.append(secondsTaken(by: product))
                    }
                }
            }
        }
        return (engine, direct)
    }
}

extension GEMMRate {
    /// W4's operands: `size`×`size` matrices of seeded values in [−1, 1), the same in every
    /// process.
    init(size: Int, repetitions: Int) {
        func matrix(seed: UInt64) -> [Float] {
            var generator = SeededGenerator(seed: seed)
            return (0..<size * size).map { _ in generator.nextFloat(in: -1..<1) }
        }
        self.init(size: size, a: matrix(seed: 401), b: matrix(seed: 402), repetitions: repetitions)
    }
}
