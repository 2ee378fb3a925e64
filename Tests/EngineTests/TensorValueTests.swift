import Engine
import Foundation
import Testing

/// Forward values of the primitives, checked against hand arithmetic.
struct TensorValueTests {
    @Test func broadcastingAddsARowToEveryExample() {
        // [[1, 2], [3, 4]] + [10, 20] = [[11, 22], [13, 24]]
        let y = Tensor([[1, 2], [3, 4]]) + Tensor([10, 20])
        #expect(y.shape == [2, 2])
        #expect(y.scalars == [11, 22, 13, 24])
    }

    @Test func broadcastingAColumnAgainstARowMakesAnOuterProduct() {
        // [[1], [2]] · [[3, 4, 5]] = [[3, 4, 5], [6, 8, 10]]
        let y = Tensor(shape: [2, 1], scalars: [1, 2]) * Tensor(shape: [1, 3], scalars: [3, 4, 5])
        #expect(y.shape == [2, 3])
        #expect(y.scalars == [3, 4, 5, 6, 8, 10])
    }

    @Test func reductionsAlongAnAxis() {
        let x = Tensor([[1, 5, 3], [4, 2, 6]])
        #expect(x.sum(alongAxis: 0).scalars == [5, 7, 9])
        #expect(x.sum(alongAxis: 1).scalars == [9, 12])
        #expect(x.mean(alongAxis: -1, keepingDimension: true).shape == [2, 1])
        #expect(x.mean(alongAxis: 1).scalars == [3, 4])
        #expect(x.max(alongAxis: 1).scalars == [5, 6])
        #expect(x.sum().scalar == 21)
        #expect(x.max().scalar == 6)
    }

    @Test func maximumOfARowWithNaNIsNaN() {
        #expect(Tensor([1, .nan, 3]).max().scalar.isNaN)
    }

    @Test func reshapeTransposeAndRows() {
        let x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(x.reshaped(to: [3, -1]).shape == [3, 2])
        #expect(x.transposed().scalars == [1, 4, 2, 5, 3, 6])
        #expect(x[rows: 1..<2].scalars == [4, 5, 6])
        #expect(x.rows(at: [1, 0, 1]).scalars == [4, 5, 6, 1, 2, 3, 4, 5, 6])
        #expect(Tensor(shape: [2, 2, 2], scalars: Array(repeating: 1, count: 8)).flattened().shape == [2, 4])
    }

    @Test func matrixProductMatchesHandArithmetic() {
        // [[1, 2], [3, 4]]·[[5, 6], [7, 8]] = [[19, 22], [43, 50]]
        let a = Tensor([[1, 2], [3, 4]]), b = Tensor([[5, 6], [7, 8]])
        #expect(matmul(a, b).scalars == [19, 22, 43, 50])
        // aᵀ·b = [[1, 3], [2, 4]]·b = [[26, 30], [38, 44]]
        #expect(matmul(a, b, transposingA: true).scalars == [26, 30, 38, 44])
        // a·bᵀ = a·[[5, 7], [6, 8]] = [[17, 23], [39, 53]]
        #expect(matmul(a, b, transposingB: true).scalars == [17, 23, 39, 53])
    }

    @Test func linearAddsTheBiasToEveryRow() {
        // [1, 2]·[[1, 0, 2], [0, 1, 1]] + [0.5, 0.5, 0.5] = [1.5, 2.5, 4.5]
        let y = linear(Tensor([[1, 2]]), weight: Tensor([[1, 0, 2], [0, 1, 1]]), bias: Tensor([0.5, 0.5, 0.5]))
        #expect(y.scalars == [1.5, 2.5, 4.5])
    }

    @Test func softmaxRowsAreDistributionsAndSurviveHugeScores() {
        let s = softmax(Tensor([[1, 2, 3], [1000, 1000, 1000]])).scalars
        // e^1 : e^2 : e^3 normalized: 0.09003, 0.24473, 0.66524.
        #expect(abs(s[0] - 0.090_030_57) < 1e-6 && abs(s[2] - 0.665_240_96) < 1e-6)
        #expect(s[3...].allSatisfy { abs($0 - 1.0 / 3) < 1e-6 })
        let logs = logSoftmax(Tensor([[1000, 0]])).scalars
        #expect(logs[0] == 0 && logs[1] == -1000)
    }

    @Test func crossEntropyOfEqualScoresIsLogOfClassCount() {
        let loss = crossEntropy(Tensor([[0, 0, 0, 0], [5, 5, 5, 5]]), labels: [1, 3]).scalar
        #expect(abs(loss - Float(Foundation.log(4.0))) < 1e-6)
    }

    @Test func binaryCrossEntropyMatchesItsDefinition() {
        // z = 0: −ln σ(0) = ln 2 for either target; z = 2, t = 1: ln(1 + e^(−2)) = 0.126928.
        let loss = binaryCrossEntropy(logits: Tensor([0, 2]), targets: Tensor([0, 1])).scalar
        #expect(abs(loss - Float((Foundation.log(2.0) + 0.126_928_011) / 2)) < 1e-6)
    }

    @Test func meanSquaredErrorMatchesHandArithmetic() {
        // ((1 − 0)² + (2 − 4)²)/2 = 2.5
        #expect(meanSquaredError(Tensor([1, 2]), Tensor([0, 4])).scalar == 2.5)
    }

    @Test func activationValuesAtKnownPoints() {
        let x = Tensor([-1, 0, 1])
        // σ(1) = 0.7310586, GELU(1) = Φ(1) = 0.8413447, SiLU(1) = σ(1), Mish(1) = tanh(ln(1 + e)) = 0.8650984.
        #expect(abs(sigmoid(x).scalars[2] - 0.731_058_6) < 1e-6 && sigmoid(x).scalars[1] == 0.5)
        #expect(abs(gelu(x).scalars[2] - 0.841_344_7) < 1e-6 && abs(gelu(x).scalars[0] + 0.158_655_3) < 1e-6)
        #expect(abs(silu(x).scalars[2] - 0.731_058_6) < 1e-6)
        #expect(abs(mish(x).scalars[2] - 0.865_098_4) < 1e-6)
        #expect(relu(x).scalars == [0, 0, 1])
        #expect(leakyReLU(x, slope: 0.1).scalars == [-0.1, 0, 1])
        #expect(abs(erf(x).scalars[2] - 0.842_700_8) < 1e-6)
    }

    @Test func fastSigmoidStaysCloseToTheExactOneAndKeepsNaN() {
        let points = stride(from: Float(-30), through: 30, by: 0.37).map { $0 }
        let y = sigmoid(Tensor(points)).scalars
        for (x, value) in zip(points, y) {
            let exact = 1 / (1 + Foundation.exp(-Double(x)))
            #expect(abs(Double(value) - exact) <= 4e-7 * exact + 1e-30)
        }
        #expect(sigmoid(Tensor([.nan])).scalars[0].isNaN)
        // Saturates instead of overflowing: σ(−∞) is the smallest normal-range value, σ(∞) = 1.
        let extremes = sigmoid(Tensor([-.infinity, .infinity])).scalars
        #expect(extremes[0] >= 0 && extremes[0] < 1e-37 && extremes[1] == 1)
    }

    @Test func convolutionMatchesAHandComputedExample() {
        // A 3×3 image 1…9 and a 2×2 kernel [[1, 0], [0, −1]]: each output is x[i][j] − x[i+1][j+1] = −4.
        let image = Tensor(shape: [1, 1, 3, 3], scalars: (1...9).map(Float.init))
        let kernel = Tensor(shape: [1, 1, 2, 2], scalars: [1, 0, 0, -1])
        #expect(conv2d(image, weight: kernel, bias: Tensor([0.5])).scalars == [-3.5, -3.5, -3.5, -3.5])
        // Padding 1 adds a ring of zeros: the corner output is 0·1 − x[0][0] = −1, shape 4×4.
        let padded = conv2d(image, weight: kernel, bias: nil, padding: 1)
        #expect(padded.shape == [1, 1, 4, 4] && padded.scalars[0] == -1 && padded.scalars[15] == 9)
    }

    @Test func maxPoolingKeepsTheLargestOfEachWindow() {
        let x = Tensor(shape: [1, 1, 2, 4], scalars: [1, 5, 2, 0, 3, 4, 8, 7])
        #expect(maxPool2d(x, size: 2).scalars == [5, 8])
    }

    @Test func isFiniteSpotsNaNAndInfinity() {
        #expect(Tensor([1, 2, 3]).isFinite)
        #expect(!Tensor([1, .nan]).isFinite)
        #expect(!Tensor([-.infinity, 0]).isFinite)
        #expect(Tensor([.greatestFiniteMagnitude, -.leastNonzeroMagnitude]).isFinite)
    }

    @Test func descriptionShowsShapeAndNestedValues() {
        #expect(Tensor([[1, 2], [3, 4]]).description == "Tensor [2, 2] [[1.0, 2.0], [3.0, 4.0]]")
    }
}
