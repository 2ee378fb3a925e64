#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The C library's standard streams, touched only by output capture, which runs once per
/// lesson process.
enum StandardStreams {
    /// Pushes anything buffered in `stdout` and `stderr` down to their file descriptors.
    static func flush() {
        fflush(nil)
    }

    /// Makes `stdout` write through at once, so a crash cannot lose buffered output.
    static func unbufferOutput() {
        setvbuf(stdout, nil, _IONBF, 0)
    }
}
