import Foundation

/// Sends everything the process writes to standard output and standard error into a file,
/// and hands it back piece by piece.
///
/// The redirection is at the file-descriptor level (`dup2`), so it catches `print`, the
/// engine, C libraries and the runtime's own crash messages alike. Standard output is made
/// unbuffered, so a crash loses nothing that was printed before it. It is process-wide,
/// which is why each lesson runs in a process of its own. The notebook calls it only while
/// holding its lock.
final class OutputCapture: @unchecked Sendable {
    private let file: FileHandle
    private let savedOutput: Int32
    private let savedError: Int32
    /// How many bytes have been handed back so far.
    private(set) var offset = 0

    /// Starts capturing into `url` (created or truncated).
    init(into url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        file = try FileHandle(forUpdating: url)
        StandardStreams.flush()
        savedOutput = dup(STDOUT_FILENO)
        savedError = dup(STDERR_FILENO)
        dup2(file.fileDescriptor, STDOUT_FILENO)
        dup2(file.fileDescriptor, STDERR_FILENO)
        StandardStreams.unbufferOutput()
    }

    /// Everything written since the last call.
    func take() -> String {
        StandardStreams.flush()
        let end = Int(lseek(file.fileDescriptor, 0, SEEK_END))
        guard end > offset else { return "" }
        var bytes = [UInt8](repeating: 0, count: end - offset)
        let read = bytes.withUnsafeMutableBytes { pread(file.fileDescriptor, $0.baseAddress, end - offset, off_t(offset)) }
        offset += max(read, 0)
        return String(decoding: bytes.prefix(max(read, 0)), as: UTF8.self)
    }

    /// Empties the file once everything in it has been taken, so that from here on its size
    /// is what the next cell printed (which is what the output cap bounds).
    func restart() {
        StandardStreams.flush()
        ftruncate(file.fileDescriptor, 0)
        lseek(file.fileDescriptor, 0, SEEK_SET)
        offset = 0
    }

    /// Restores standard output and standard error.
    func stop() {
        StandardStreams.flush()
        dup2(savedOutput, STDOUT_FILENO)
        dup2(savedError, STDERR_FILENO)
        close(savedOutput)
        close(savedError)
        try? file.close()
    }
}
