import Foundation

/// The 8×8 handwritten digits: 1,797 images of the digits 0–9, each 64 pixel values in 0...16
/// (the count of ink pixels in a 4×4 block of a 32×32 scan).
///
/// This is the test set of the UCI "Optical Recognition of Handwritten Digits" data set
/// (E. Alpaydin and C. Kaynak, 1998; CC BY 4.0), as scikit-learn distributes it. It ships
/// with the engine as `digits.bin` (see `Resources/NOTICE.md` for its origin), and is
/// verified against its SHA-256 on every load.
///
/// ```swift
/// let digits = try Digits.load()                  // [1797, 64] in [0, 1], labels 0...9
/// let images = digits.reshapingExamples(to: [1, 8, 8])
/// ```
public enum Digits {
    /// The number of images, 1,797.
    public static let count = 1797
    /// The side of an image, 8 pixels.
    public static let side = 8
    /// Pixels per image, 64.
    public static let pixelsPerImage = 64
    /// The number of classes, 10.
    public static let classCount = 10
    /// The SHA-256 of the shipped `digits.bin`, as `sha256sum` prints it.
    public static let fileSHA256 = "22d39e5c2abc953f74e27c0def7fb4fb6646239ba2e4429a4a8ba8203a3e522f"

    /// How pixel values are given.
    public enum PixelScale: Sendable {
        /// The stored counts, 0...16.
        case raw
        /// The counts divided by 16, in [0, 1]: what the lessons and benchmarks use.
        case unitInterval
    }

    /// The file format: the magic bytes `DG88`, then the image count and the pixels per
    /// image as little-endian `UInt32`, then one byte per pixel (image after image, rows of
    /// 8 top to bottom), then one byte per label.
    static let magic: [UInt8] = Array("DG88".utf8)
    static let headerSize = 12

    /// The shipped data file, inside the engine's resource bundle.
    public static func bundledFileURL() throws -> URL {
        guard let url = Bundle.module.url(forResource: "digits", withExtension: "bin") else {
            throw DataFileError.missing(path: Bundle.module.bundlePath + "/digits.bin")
        }
        return url
    }

    /// The digits as a `[1797, 64]` classification set, loaded from the shipped file.
    ///
    /// Throws a `DataFileError` naming the file if it is missing, truncated or altered.
    public static func load(pixels scale: PixelScale = .unitInterval) throws -> Dataset {
        try load(from: bundledFileURL(), pixels: scale)
    }

    /// The digits, loaded from a copy of `digits.bin` at `url`; the copy must have the same
    /// bytes as the shipped file.
    public static func load(from url: URL, pixels scale: PixelScale = .unitInterval) throws -> Dataset {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw DataFileError.missing(path: path) }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: url))
        } catch {
            throw DataFileError.unreadable(path: path, reason: error.localizedDescription)
        }
        guard bytes.count >= headerSize else {
            throw DataFileError.wrongSize(path: path, expectedBytes: expectedFileSize, actualBytes: bytes.count)
        }
        guard Array(bytes[0..<4]) == magic else {
            throw DataFileError.unrecognizedFormat(path: path, expectedMagic: "DG88")
        }
        let shape = [readUInt32(bytes, at: 4), readUInt32(bytes, at: 8)]
        guard shape == [count, pixelsPerImage] else {
            throw DataFileError.unexpectedShape(path: path, expected: [count, pixelsPerImage], found: shape)
        }
        guard bytes.count == expectedFileSize else {
            throw DataFileError.wrongSize(path: path, expectedBytes: expectedFileSize, actualBytes: bytes.count)
        }
        let digest = SHA256.hexDigest(bytes)
        guard digest == fileSHA256 else {
            throw DataFileError.checksumMismatch(path: path, expected: fileSHA256, actual: digest)
        }

        let pixelEnd = headerSize + count * pixelsPerImage
        let divisor: Float = scale == .raw ? 1 : 16
        let pixels = bytes[headerSize..<pixelEnd].map { Float($0) / divisor }
        let labels = bytes[pixelEnd...].map { Int($0) }
        return Dataset(features: Tensor(shape: [count, pixelsPerImage], scalars: pixels), labels: labels)
    }

    private static var expectedFileSize: Int { headerSize + count * (pixelsPerImage + 1) }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
}
