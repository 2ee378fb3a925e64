import Engine
import Foundation
import Testing

/// A tensor's values can never disagree with its shape: every public way to change them
/// either keeps their number or is refused.
struct TensorValueCheckTests {
    @Test func replacingValuesWithAsManyWorks() {
        let t = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        t.scalars = [5, 6, 7, 8]
        t.scalars[1] = -1
        #expect(t.scalars == [5, -1, 7, 8])
    }

    @Test func replacingValuesWithFewerIsRefused() async {
        // The review's case: two values in a 256×256 tensor, then a product that read past them.
        await #expect(processExitsWith: .failure) {
            let a = Tensor(repeating: 1, shape: [256, 256])
            a.scalars = [1, 2]
            _ = matmul(a, a)
        }
    }

    @Test func appendingAValueIsRefused() async {
        await #expect(processExitsWith: .failure) {
            let t = Tensor([1, 2, 3])
            t.scalars.append(4)
        }
    }

    @Test func removingValuesIsRefused() async {
        await #expect(processExitsWith: .failure) {
            let t = Tensor([1, 2, 3])
            t.scalars.removeAll()
        }
    }

    @Test func initializingWithTheWrongCountIsRefused() async {
        await #expect(processExitsWith: .failure) {
            _ = Tensor(shape: [2, 3], scalars: [1, 2, 3])
        }
    }

    @Test func restoringAStateWithTheWrongCountIsRefused() async {
        await #expect(processExitsWith: .failure) {
            var generator = SeededGenerator(seed: 1)
            let model = Linear(inputs: 2, outputs: 1, generator: &generator)
            ModelState(tensors: [("Linear 1.weight", [2, 1], [1]), ("Linear 1.bias", [1], [0])]).restore(into: model)
        }
    }
}
