import CKernels
@testable import Engine
import Testing

/// The engine's own kernel for small products (`ckernels_small_sgemm`) against the same product
/// summed in Double, on every edge its tiles have: rows around the blocks of 6 and 4, columns
/// around the panels of 16 and vectors of 8, each operand transposed or not, and α, β.
struct SmallGEMMTests {
    /// Values in [-1, 1), a fixed sequence per seed.
    private func values(_ count: Int, seed: UInt64) -> [Float] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in Float.random(in: -1..<1, using: &generator) }
    }

    /// α·op(A)·op(B) + β·C in Double, and Σ|α·a·b| + |β·c| per element (the scale of its rounding).
    private func reference(_ a: [Float], _ transposeA: Bool, _ b: [Float], _ transposeB: Bool, _ c: [Float],
                           m: Int, n: Int, k: Int, alpha: Float, beta: Float) -> (values: [Double], scale: [Double]) {
        var (values, scale) = ([Double](repeating: 0, count: m * n), [Double](repeating: 0, count: m * n))
        for i in 0..<m {
            for j in 0..<n {
                var (sum, magnitude) = (0.0, 0.0)
                for p in 0..<k {
                    let product = Double(transposeA ? a[p * m + i] : a[i * k + p]) * Double(transposeB ? b[j * k + p] : b[p * n + j])
                    sum += product
                    magnitude += abs(product)
                }
                let old = beta == 0 ? 0 : Double(beta) * Double(c[i * n + j])
                values[i * n + j] = Double(alpha) * sum + old
                scale[i * n + j] = abs(Double(alpha)) * magnitude + abs(old)
            }
        }
        return (values, scale)
    }

    private static let machineHasAVX2 = ckernels_vector_width() == 8

    @Test(.enabled(if: machineHasAVX2, "the kernel needs AVX2 and FMA"),
          arguments: [1, 2, 4, 5, 6, 8, 13, 32, 70], [1, 7, 8, 9, 16, 17, 40])
    func productsMatchASumInDouble(m: Int, n: Int) {
        for k in [1, 9, 64] {
            for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
                for (alpha, beta) in [(Float(1), Float(0)), (1, 1), (-2, 0.5)] {
                    let seed = UInt64(m * 10_000 + n * 100 + k)
                    let (a, b) = (values(m * k, seed: seed), values(k * n, seed: seed + 1))
                    // β = 0 must not read C: NaN there would otherwise reach the result.
                    let old = beta == 0 ? [Float](repeating: .nan, count: m * n) : values(m * n, seed: seed + 2)
                    var c = old
                    let handled = ckernels_small_sgemm(transposeA ? 1 : 0, transposeB ? 1 : 0, m, n, k, alpha,
                                                       a, transposeA ? m : k, b, transposeB ? k : n, beta, &c, n)
                    #expect(handled == 1)
                    let expected = reference(a, transposeA, b, transposeB, old, m: m, n: n, k: k, alpha: alpha, beta: beta)
                    let worst = (0..<(m * n)).map { abs(Double(c[$0]) - expected.values[$0]) / (expected.scale[$0] + 1e-30) }.max()!
                    #expect(worst < 1e-6, "[\(m), \(k)]·[\(k), \(n)], Aᵀ \(transposeA), Bᵀ \(transposeB), α \(alpha), β \(beta): error \(worst) of the scale")
                }
            }
        }
    }

    @Test func largeProductsAreLeftToBLAS() {
        // K above 512: C must come back untouched, for BLAS to compute.
        let (m, n, k) = (2, 3, 600)
        var c = [Float](repeating: 7, count: m * n)
        let handled = ckernels_small_sgemm(0, 0, m, n, k, 1, values(m * k, seed: 1), k, values(k * n, seed: 2), n, 0, &c, n)
        #expect(handled == 0)
        #expect(c == [Float](repeating: 7, count: m * n))
    }

    @Test func theEnginesProductsAgreeWithTheKernelAndWithBLAS() {
        // A linear layer's three products at a batch of 32, through `matmul`, against Double.
        let (x, w) = (values(32 * 64, seed: 3), values(64 * 48, seed: 4))
        let product = matmul(Tensor(shape: [32, 64], scalars: x), Tensor(shape: [64, 48], scalars: w))
        let expected = reference(x, false, w, false, [], m: 32, n: 48, k: 64, alpha: 1, beta: 0)
        for (value, (exact, scale)) in zip(product.scalars, zip(expected.values, expected.scale)) {
            #expect(abs(Double(value) - exact) <= 1e-6 * scale)
        }
    }
}
