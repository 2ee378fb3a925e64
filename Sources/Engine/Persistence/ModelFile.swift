import Foundation

/// Saving and loading a model's parameters and buffers, so a lesson can fine-tune a model
/// trained earlier.
///
/// File layout (all integers UInt32 little-endian): the magic bytes "DTCM", the format
/// version (1), the number of tensors; then per tensor its name's byte count and UTF-8 bytes,
/// its rank, its dimensions, and its values as Float32 little-endian.
extension Layer {
    /// Writes the parameters and buffers to `url` atomically: the bytes go to a temporary file
    /// that then replaces `url` in one rename, so a crash never leaves half a model behind.
    public func save(to url: URL) throws {
        let data = ModelFile.encode(ModelState(of: self))
        try data.write(to: url, options: .atomic)
    }

    /// Reads parameters and buffers saved by `save(to:)` into this model, which must have the
    /// same architecture; throws `ModelFileError` naming the file otherwise.
    public func load(from url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ModelFileError(file: url, problem: "cannot be read (\(error.localizedDescription))")
        }
        let state = try ModelFile.decode(data, from: url)
        do {
            try state.apply(to: self)
        } catch {
            throw ModelFileError(file: url, problem: "does not fit this model: \(error)")
        }
    }
}

/// A model file that cannot be loaded, with the file and the reason.
public struct ModelFileError: Error, CustomStringConvertible {
    /// The file.
    public let file: URL
    /// What is wrong with it.
    public let problem: String

    /// "model file /tmp/m.bin is truncated".
    public var description: String { "model file \(file.path) \(problem)" }
}

enum ModelFile {
    static let magic = Array("DTCM".utf8)
    static let version: UInt32 = 1

    static func encode(_ state: ModelState) -> Data {
        var data = Data(magic)
        append(version, to: &data)
        append(UInt32(state.tensors.count), to: &data)
        for tensor in state.tensors {
            let name = Array(tensor.name.utf8)
            append(UInt32(name.count), to: &data)
            data.append(contentsOf: name)
            append(UInt32(tensor.shape.count), to: &data)
            for dimension in tensor.shape { append(UInt32(dimension), to: &data) }
            for value in tensor.scalars { append(value.bitPattern, to: &data) }
        }
        return data
    }

    static func decode(_ data: Data, from url: URL) throws -> ModelState {
        var reader = Reader(bytes: [UInt8](data), file: url)
        guard try reader.bytes(4) == magic else {
            throw ModelFileError(file: url, problem: "is not a model file (it does not start with \"DTCM\")")
        }
        let fileVersion = try reader.integer()
        guard fileVersion == version else {
            throw ModelFileError(file: url, problem: "has format version \(fileVersion); this engine reads version \(version)")
        }
        var tensors: [(name: String, shape: [Int], scalars: [Float])] = []
        for _ in 0..<(try reader.integer()) {
            let name = String(decoding: try reader.bytes(Int(try reader.integer())), as: UTF8.self)
            let shape = try (0..<(try reader.integer())).map { _ in Int(try reader.integer()) }
            let count = try shape.reduce(1) { product, dimension in
                // A damaged file must fail cleanly, never overflow: no tensor outgrows the file.
                guard dimension <= reader.remaining, product * dimension <= reader.remaining else {
                    throw ModelFileError(file: url, problem: "is truncated (tensor \"\(name)\" of shape \(shape))")
                }
                return product * dimension
            }
            let scalars = try (0..<count).map { _ in Float(bitPattern: try reader.integer()) }
            tensors.append((name, shape, scalars))
        }
        guard reader.isAtEnd else { throw ModelFileError(file: url, problem: "has unexpected bytes after its last tensor") }
        return ModelState(tensors: tensors)
    }

    private static func append(_ value: UInt32, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// Reads a byte array front to back, failing with "truncated" past its end.
    private struct Reader {
        let bytes: [UInt8]
        let file: URL
        var position = 0

        var isAtEnd: Bool { position == bytes.count }
        var remaining: Int { bytes.count - position }

        mutating func bytes(_ count: Int) throws -> [UInt8] {
            guard count >= 0, position + count <= bytes.count else {
                throw ModelFileError(file: file, problem: "is truncated")
            }
            defer { position += count }
            return Array(bytes[position..<position + count])
        }

        mutating func integer() throws -> UInt32 {
            let four = try bytes(4)
            return four.reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
    }
}
