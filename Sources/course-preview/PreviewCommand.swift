import ArgumentParser
import Foundation

/// `course preview N`: the author's loop. Serves lesson N's page on 127.0.0.1, watches the
/// lesson's Markdown, and on every save rebuilds the course binary (only that lesson's file
/// recompiles), re-runs only that lesson, and reloads the page in the browser. A compile
/// error, a failed claim or a crash shows in the page and in the terminal; the next save
/// recovers.
///
/// It is a program of its own so that the HTTP server it uses is built only by those who
/// preview, never by `make site`; `course preview` starts it (building it first if needed).
@main
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course preview",
        abstract: "Serve a lesson's page and rebuild it on every save of its Markdown.",
        discussion: """
            Open the printed address in a browser, edit the lesson and save: the page reloads \
            with the new run. Stop with Ctrl-C.
            """
    )

    @Argument(help: "The lesson, by number or id.")
    var lesson: String

    @Option(help: "The port to serve on, on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8800

    @Option(help: "The package's folder (default: the folder holding Package.swift, from here up).")
    var packagePath: String?

    @Option(help: "The folder of the lessons, in the package.")
    var lessons = "Lessons"

    @Option(help: "The product that holds the lessons.")
    var product = "course"

    @Option(help: "The build configuration: release or debug.")
    var configuration = "release"

    @Option(help: "The build folder (SwiftPM's --scratch-path), in the package.")
    var scratchPath = ".build"

    @Option(help: "Seconds the lesson may run before it is stopped.")
    var budget: Double = 300

    func validate() throws {
        guard ["release", "debug"].contains(configuration) else {
            throw ValidationError("--configuration is release or debug, not \(configuration)")
        }
    }

    func run() async throws {
        // Line by line even into a pipe, so whoever reads the log sees each build as it ends.
        StandardOutput.lineBuffered()
        let package = try PackageFolder.find(from: packagePath)
        let file = try package.lesson(named: lesson, in: lessons)
        let builder = PreviewBuilder(package: package.url, lesson: file, product: product,
                                     configuration: configuration, scratchPath: scratchPath, budget: budget)
        let session = try PreviewSession(builder: builder)
        let server = try PreviewServer(session: session, port: port)
        let address = try await server.start()
        print("Previewing \(file.relativePath) at http://\(address)/\(file.pageName)")
        print("Save the lesson to rebuild it; Ctrl-C stops.")
        await session.watch()
    }
}
