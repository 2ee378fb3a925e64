import Foundation

/// The package's built programs, found next to the test bundle (`swift build --build-tests`
/// builds them alongside the tests).
enum Programs {
    static let buildFolder: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = bundle.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appending(path: "course").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var course: URL { buildFolder.appending(path: "course") }
    static var fixtures: URL { buildFolder.appending(path: "course-fixtures") }
    static var lessonCompiler: URL { buildFolder.appending(path: "LessonCompiler") }
}

/// What a finished program printed and how it exited.
struct Transcript {
    let status: Int32
    let output: String
    let errors: String
}

/// Runs `program` with `arguments`, feeding `input` to its standard input.
func run(_ program: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:],
         in folder: URL? = nil) throws -> Transcript {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = "1"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    if let folder { process.currentDirectoryURL = folder }
    let output = Pipe()
    let errors = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a chatty program cannot fill a pipe and stall.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    group.enter()
    DispatchQueue.global().async {
        errorData = errors.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Transcript(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData, as: UTF8.self))
}

/// Type-checks `files`, as one module, in Swift 6 against the modules the package built (the
/// engine, the notebook), as SwiftPM would compile them; `flags` come before the files.
func typeCheck(_ files: [URL], flags: [String] = []) throws -> Transcript {
    try run(URL(fileURLWithPath: "/usr/bin/env"), [
        "swiftc", "-typecheck", "-swift-version", "6",
        "-I", Programs.buildFolder.appending(path: "Modules").path,
        "-Xcc", "-fmodule-map-file=" + Programs.packageRoot.appending(path: "Sources/CBLAS/module.modulemap").path,
        // The engine's C kernels: SwiftPM writes their module map next to their objects.
        "-Xcc", "-fmodule-map-file=" + Programs.buildFolder.appending(path: "CKernels.build/module.modulemap").path,
    ] + flags + files.map(\.path))
}

/// Runs the lesson compiler on `lesson`, named `path` in diagnostics, as the plugin does: the
/// lesson's code and its Markdown go into two files in `folder`, returned with the transcript.
func compileLesson(_ lesson: URL, path: String, into folder: URL) throws -> (transcript: Transcript, files: [URL]) {
    let name = lesson.deletingPathExtension().lastPathComponent
    let (code, text) = (folder.appending(path: name + ".swift"), folder.appending(path: name + ".text.swift"))
    let transcript = try run(Programs.lessonCompiler, ["lesson", lesson.path, "--path", path,
                                                       "--output", code.path, "--text-output", text.path])
    return (transcript, [code, text])
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "course-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
