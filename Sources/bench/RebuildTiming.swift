import Foundation

/// What an author waits for after editing one lesson, with a course of 3 lessons and of 15:
/// the release rebuild of `course`, and edit → page (the rebuild plus `course build N`,
/// less the lesson's own run time). The course is copied into a temporary folder and built
/// there, so the measurement never touches the working tree or its build folder.
///
/// The goal is that the course's size does not matter: the 15-lesson rebuild within 1.5× of
/// the 3-lesson one, and edit → page under 5 s beyond the lesson's own run.
struct RebuildTiming {
    /// Seconds of each timed rebuild, with 3 lessons and with 15.
    let small: Samples
    let large: Samples
    /// Seconds of each edit → page beyond the lesson's run, with 15 lessons: after a sentence
    /// is appended, and after one line of a cell's code is changed (no line moves).
    let editToPage: Samples
    let codeEditToPage: Samples

    /// How much longer the 15-lesson rebuild takes than the 3-lesson one (medians).
    var ratio: Double { large.median / small.median }

    /// The lines `make bench` prints, with each goal's verdict.
    var report: [String] {
        func spread(_ samples: Samples) -> String {
            String(format: "%.2f s (%.2f–%.2f)", samples.median, samples.minimum, samples.maximum)
        }
        return [
            "Rebuild of the release `course` after a one-line edit, in a copy of the course:",
            "  3 lessons:  \(spread(small))",
            "  15 lessons: \(spread(large))",
            String(format: "  ratio 15 ÷ 3: %.2f×  (goal ≤ 1.5×) %@", ratio, ratio <= 1.5 ? "✓" : "✗"),
            "  edit → page beyond the lesson's own run, 15 lessons: \(spread(editToPage))  (goal < 5 s) "
                + (editToPage.median < 5 ? "✓" : "✗"),
            "  the same after a one-line change to a cell's code: \(spread(codeEditToPage))  (goal < 5 s) "
                + (codeEditToPage.median < 5 ? "✓" : "✗"),
        ]
    }

    /// The lesson every round edits; it is in both courses.
    static let edited = "02"
    static let smallCourse = ["00", "02", "09"]
    static let largeCourseSize = 15

    /// Copies the package at `package`, builds it, then edits and rebuilds `rounds` times with
    /// 3 lessons, and again with 15 (real lessons, topped up with renumbered copies).
    static func measure(package: URL, rounds: Int, note: (String) -> Void) -> Result<RebuildTiming, CourseTimingError> {
        let copy = FileManager.default.temporaryDirectory.appending(path: "bench-rebuild-\(getpid())")
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            let lessons = try CourseCopy(from: package, to: copy)
            try lessons.keep(smallCourse)
            note("rebuild: building a copy of the course with 3 lessons (once, not timed)")
            try lessons.build()
            var small = Samples()
            for round in 1...rounds {
                try lessons.edit(edited, round: round)
                small.append(try secondsTaken { try lessons.build() })
            }
            try lessons.fill(to: largeCourseSize)
            note("rebuild: adding lessons up to \(largeCourseSize) (not timed)")
            try lessons.build()
            var large = Samples()
            var editToPage = Samples()
            var codeEditToPage = Samples()
            for round in 1...rounds {
                try lessons.edit(edited, round: rounds + round)
                let rebuild = try secondsTaken { try lessons.build() }
                large.append(rebuild)
                editToPage.append(rebuild + (try lessons.pageSecondsBeyondTheRun(of: edited)))
                try lessons.editCode(edited, round: round)
                let codeRebuild = try secondsTaken { try lessons.build() }
                codeEditToPage.append(codeRebuild + (try lessons.pageSecondsBeyondTheRun(of: edited)))
            }
            return .success(RebuildTiming(small: small, large: large, editToPage: editToPage,
                                          codeEditToPage: codeEditToPage))
        } catch {
            return .failure(CourseTimingError(reason: "\(error)"))
        }
    }
}

/// The package copied into a temporary folder, with a chosen set of lessons.
private struct CourseCopy {
    let root: URL
    private let originals: [URL]
    private var lessons: URL { root.appending(path: "Lessons") }

    init(from package: URL, to root: URL) throws {
        self.root = root
        let manager = FileManager.default
        try? manager.removeItem(at: root)
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["Package.swift", "Sources", "Tests"] {
            try manager.copyItem(at: package.appending(path: item), to: root.appending(path: item))
        }
        originals = try manager.contentsOfDirectory(at: package.appending(path: "Lessons"), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.range(of: #"^[0-9]{2}-.*\.md$"#, options: .regularExpression) != nil }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        try manager.createDirectory(at: lessons, withIntermediateDirectories: true)
    }

    /// Puts in the lessons whose numbers are `numbers`, without their links to other lessons
    /// (which would name lessons the copy does not have).
    func keep(_ numbers: [String]) throws {
        for original in originals where numbers.contains(String(original.lastPathComponent.prefix(2))) {
            try add(original, as: original.lastPathComponent)
        }
    }

    /// Adds the remaining real lessons, then renumbered copies of the first ones, up to `count`.
    func fill(to count: Int) throws {
        var present = Set(try FileManager.default.contentsOfDirectory(atPath: lessons.path).map { String($0.prefix(2)) })
        for original in originals where !present.contains(String(original.lastPathComponent.prefix(2))) && present.count < count {
            try add(original, as: original.lastPathComponent)
            present.insert(String(original.lastPathComponent.prefix(2)))
        }
        var number = 0
        var next = 0
        while present.count < count, !originals.isEmpty {
            while present.contains(String(format: "%02d", number)) { number += 1 }
            let original = originals[next % originals.count]
            try add(original, as: String(format: "%02d", number) + "-copy-" + original.lastPathComponent.dropFirst(3))
            present.insert(String(format: "%02d", number))
            next += 1
        }
    }

    private func add(_ original: URL, as name: String) throws {
        let text = try String(contentsOf: original, encoding: .utf8)
        let unlinked = text.replacingOccurrences(
            of: #"\[([^\]]*)\]\([0-9]{2}-[a-z0-9-]+\.md(#[^)]*)?\)"#, with: "$1", options: .regularExpression)
        try unlinked.write(to: lessons.appending(path: name), atomically: true, encoding: .utf8)
    }

    /// Appends a sentence to lesson `number`.
    func edit(_ number: String, round: Int) throws {
        let handle = try FileHandle(forWritingTo: try file(of: number))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nA sentence added by edit \(round).\n".utf8))
        try handle.close()
    }

    /// Changes the first line of lesson `number`'s first cell: a comment at its end says
    /// which round this is. The generated code changes; no line moves.
    func editCode(_ number: String, round: Int) throws {
        let url = try file(of: number)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let fence = lines.firstIndex(where: { $0 == "```swift" }), fence + 1 < lines.count else {
            throw CourseTimingError(reason: "lesson \(number) has no plain ```swift cell to edit")
        }
        let marker = " // code edit "
        let line = lines[fence + 1]
        lines[fence + 1] = (line.range(of: marker).map { String(line[..<$0.lowerBound]) } ?? line) + marker + "\(round)"
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    private func file(of number: String) throws -> URL {
        let name = try FileManager.default.contentsOfDirectory(atPath: lessons.path).first { $0.hasPrefix(number + "-") }
        guard let name else { throw CourseTimingError(reason: "the copy has no lesson \(number)") }
        return lessons.appending(path: name)
    }

    /// `course build N` of the edited lesson: its wall time less the lesson's own run.
    func pageSecondsBeyondTheRun(of number: String) throws -> Double {
        let (pageSeconds, lessonSeconds) = try buildPage(of: number)
        return pageSeconds - lessonSeconds
    }

    /// `swift build -c release --product course` in the copy; throws with its output on failure.
    func build() throws {
        let (status, output) = try run(URL(fileURLWithPath: "/usr/bin/env"),
                                       ["swift", "build", "-c", "release", "--product", "course"])
        guard status == 0 else { throw CourseTimingError(reason: "the copy did not build:\n\(output.suffix(2000))") }
    }

    /// Runs `course build N` and returns its wall time and the lesson's own run time.
    private func buildPage(of number: String) throws -> (Double, Double) {
        var output = ""
        let seconds = try secondsTaken {
            output = try run(root.appending(path: ".build/release/course"),
                             ["build", number, "--out", root.appending(path: "site").path]).output
        }
        // The lesson's line reads "[1/1] ✓ 02-vanishing-gradients.md (2.3 s)".
        guard let open = output.range(of: " (", options: .backwards), let close = output.range(of: " s)", options: .backwards),
              let lessonSeconds = Double(output[open.upperBound..<close.lowerBound])
        else { throw CourseTimingError(reason: "course build printed no lesson time:\n\(output)") }
        return (seconds, lessonSeconds)
    }

    private func run(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
