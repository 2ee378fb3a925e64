#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The C library's standard output, which Swift 6 lets only a `@preconcurrency` import touch.
enum StandardOutput {
    /// Writes each line as it ends, even into a pipe or a file.
    static func lineBuffered() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }
}
