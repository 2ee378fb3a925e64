import Engine
import Foundation
import Testing

/// Saving and loading a model's parameters and running statistics.
struct ModelFileTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engine-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func savedModelLoadsIntoAFreshModelWithTheSameOutputs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = randomClassificationSet(count: 32, features: 6, classes: 3, seed: 1)
        let trained = MLP(widths: [6, 8, 3], activation: .relu, normalization: .batch, seed: 2)
        fit(trained, on: data, epochs: 2, batchSize: 8, optimizer: SGD(learningRate: 0.1))
        let file = folder.appendingPathComponent("model.bin")
        try trained.save(to: file)

        let fresh = MLP(widths: [6, 8, 3], activation: .relu, normalization: .batch, seed: 99)
        try fresh.load(from: file)
        #expect(ModelState(of: fresh) == ModelState(of: trained))  // running statistics included
        fresh.setTraining(false)
        #expect(fresh(data.features).scalars == trained(data.features).scalars)
        // Written through a temporary file and a rename: nothing else is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["model.bin"])
    }

    @Test func truncatedFileIsRejectedWithItsName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = MLP(widths: [3, 2], activation: .relu, seed: 3)
        let file = folder.appendingPathComponent("cut.bin")
        try model.save(to: file)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count - 5).write(to: file)
        #expect {
            try model.load(from: file)
        } throws: { error in
            "\(error)".contains("cut.bin") && "\(error)".contains("truncated")
        }
    }

    @Test func anotherArchitectureIsRejected() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("small.bin")
        try MLP(widths: [3, 2], activation: .relu, seed: 4).save(to: file)
        let bigger = MLP(widths: [3, 4, 2], activation: .relu, seed: 5)
        let before = ModelState(of: bigger)
        #expect {
            try bigger.load(from: file)
        } throws: { error in
            "\(error)".contains("does not fit")
        }
        #expect(ModelState(of: bigger) == before)  // nothing half-loaded
    }

    @Test func aFileThatIsNotAModelIsRejected() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try Data("hello, world".utf8).write(to: file)
        #expect {
            try MLP(widths: [3, 2], activation: .relu, seed: 6).load(from: file)
        } throws: { error in
            "\(error)".contains("is not a model file")
        }
    }
}
