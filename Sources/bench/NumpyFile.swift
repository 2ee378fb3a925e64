import Foundation

/// Arrays written in NumPy's `.npy` format (version 1.0, little-endian, C order), the one
/// format that the engine, numpy and PyTorch all read without a converter.
///
/// Layout: the magic `\x93NUMPY`, the version bytes 1 and 0, the header length as a
/// little-endian `UInt16`, then a Python dict literal such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (1437, 64), }` padded with spaces and
/// a final newline so the data starts at a multiple of 64 bytes, then the raw values.
enum NumpyFile {
    /// Writes `values` as a float32 array of `shape`.
    static func write(_ values: [Float], shape: [Int], to url: URL) throws {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not hold \(values.count) values")
        var bytes = header(descriptor: "<f4", shape: shape)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        try Data(bytes).write(to: url)
    }

    /// Writes `values` as an int32 array of `shape`.
    static func write(_ values: [Int], shape: [Int], to url: URL) throws {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not hold \(values.count) values")
        var bytes = header(descriptor: "<i4", shape: shape)
        values.map { Int32($0) }.withUnsafeBytes { bytes.append(contentsOf: $0) }
        try Data(bytes).write(to: url)
    }

    private static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    private static func header(descriptor: String, shape: [Int]) -> [UInt8] {
        // A one-element tuple needs its trailing comma in Python: (5,).
        let dimensions = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var dictionary = "{'descr': '\(descriptor)', 'fortran_order': False, 'shape': \(dimensions), }"
        let unpadded = magic.count + 4 + dictionary.utf8.count + 1
        dictionary += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        let length = dictionary.utf8.count
        return magic + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(dictionary.utf8)
    }
}
