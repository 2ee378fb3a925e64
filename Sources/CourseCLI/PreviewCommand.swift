import ArgumentParser
import Foundation

/// `course preview N`: starts the preview server, `course-preview`, which lives beside this
/// program. It is a separate program so that building the course never builds an HTTP
/// server; the first preview builds it.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a lesson's page and rebuild it on every save of its Markdown.",
        discussion: """
            Serves lesson N on 127.0.0.1 (the address is printed), watches its Markdown file, \
            and on every save rebuilds this program (only that lesson recompiles), re-runs the \
            lesson and reloads the page. Compile errors, failed claims and crashes show in the \
            page and here. Run it from the course's folder. Stop with Ctrl-C.
            """
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @Option(help: "The port to serve on, on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8800

    func run() throws {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else {
            throw ValidationError("cannot find this program's own path")
        }
        let folder = executable.deletingLastPathComponent()
        let preview = folder.appending(path: "course-preview")
        let configuration = folder.lastPathComponent
        if !FileManager.default.isExecutableFile(atPath: preview.path) {
            Terminal.note("Building the preview server once (swift build -c \(configuration) --product course-preview)…")
            let build = Process()
            build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            build.arguments = ["swift", "build", "-c", configuration, "--product", "course-preview"]
            try build.run()
            build.waitUntilExit()
            guard build.terminationStatus == 0 else { throw ExitCode(build.terminationStatus) }
        }
        let arguments = [preview.path, lesson, "--port", "\(port)", "--configuration", configuration]
        let argv = arguments.map { strdup($0) } + [nil]
        execv(preview.path, argv)
        throw ValidationError("could not start \(preview.path): \(String(cString: strerror(errno)))")
    }
}
