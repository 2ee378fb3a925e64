import Foundation

/// Why a shipped data file could not be loaded. Every case names the file.
public enum DataFileError: Error, Equatable, Sendable {
    /// There is no file at this path.
    case missing(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file does not start with the expected format marker.
    case unrecognizedFormat(path: String, expectedMagic: String)
    /// The header announces a different number of examples or values per example.
    case unexpectedShape(path: String, expected: [Int], found: [Int])
    /// The file is shorter (truncated) or longer than its header says.
    case wrongSize(path: String, expectedBytes: Int, actualBytes: Int)
    /// The bytes are not the published ones: the file was altered or damaged.
    case checksumMismatch(path: String, expected: String, actual: String)
}

extension DataFileError: CustomStringConvertible, LocalizedError {
    /// A sentence naming the file, what is wrong with it and what to do.
    public var description: String {
        switch self {
        case .missing(let path):
            return "data file missing: \(path) does not exist"
        case .unreadable(let path, let reason):
            return "data file unreadable: \(path): \(reason)"
        case .unrecognizedFormat(let path, let magic):
            return "data file \(path) is not in the expected format (it should start with \"\(magic)\")"
        case .unexpectedShape(let path, let expected, let found):
            return "data file \(path) holds examples of shape \(found), expected \(expected)"
        case .wrongSize(let path, let expected, let actual):
            let problem = actual < expected ? "truncated" : "too long"
            return "data file \(path) is \(problem): \(actual) bytes, expected \(expected)"
        case .checksumMismatch(let path, let expected, let actual):
            return "data file \(path) was altered or damaged: its SHA-256 is \(actual), "
                + "expected \(expected); restore the original file"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}
