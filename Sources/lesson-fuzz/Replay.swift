import Foundation
import LessonFuzz

/// Checks lesson files without libFuzzer: each file named, and each file in each folder
/// named.
enum Replay {
    static func run(_ paths: [String]) -> Int32 {
        guard !paths.isEmpty else {
            print("usage: lesson-fuzz FILE-OR-FOLDER...   (make fuzz runs the fuzzer itself)")
            return 2
        }
        var checked = 0
        var failed = 0
        for file in paths.flatMap(files) {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read")
                failed += 1
                continue
            }
            let report = ReadingCheck.check(Array(data))
            checked += 1
            guard !report.problems.isEmpty else { continue }
            failed += 1
            print("\(file): the readers disagree:")
            for problem in report.problems { print("  \(problem)") }
        }
        print("\(checked) files checked, \(failed) with problems")
        return failed == 0 ? 0 : 1
    }

    /// `path` itself, or the files in it (sorted) when it is a folder.
    private static func files(_ path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return [path] }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { "\(path)/\($0)" }
    }
}
