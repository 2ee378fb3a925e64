#if LIBFUZZER
import LessonFuzz

/// libFuzzer's driver, for a program that has a `main` of its own (SwiftPM gives every
/// executable one, so libFuzzer's is not used): it parses libFuzzer's options from the
/// arguments and calls `test` on each input. It is C; its arguments are two pointers and a
/// C function pointer, which Swift passes the same way.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer over the lesson readers: an input on which they disagree stops it, as a
/// crash, with the disagreement printed and the input saved as `crash-…`.
enum LibFuzzer {
    static func run() -> CInt {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return runDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            let report = ReadingCheck.check(bytes)
            if !report.problems.isEmpty {
                fatalError("the readers disagree:\n" + report.problems.joined(separator: "\n"))
            }
            return 0
        }
    }
}
#endif
