// The lesson readers' fuzz target (see LessonFuzz.ReadingCheck).
//
// Built by `make fuzz` with libFuzzer (`-sanitize=fuzzer -DLIBFUZZER`), it hands its
// arguments to libFuzzer, which mutates lesson files and stops at the first input on which
// the readers disagree. Built plainly, `lesson-fuzz FILE-OR-FOLDER...` checks the files
// given (a corpus, a crash file) and prints what it finds.
import Foundation
import LessonFuzz

#if LIBFUZZER
exit(LibFuzzer.run())
#else
exit(Replay.run(Array(CommandLine.arguments.dropFirst())))
#endif
