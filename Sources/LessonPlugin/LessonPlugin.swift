import Foundation
import PackagePlugin

/// Compiles each Markdown lesson in a target into Swift, plus a registry of all of them.
///
/// The target reaches its lessons through a symbolic link (`Sources/course/Lessons ->
/// ../../Lessons`), so SwiftPM lists the `.md` files as the target's own and re-runs this
/// plugin whenever one is added or removed; the path written into `#sourceLocation` is the
/// link's target relative to the package, as an author sees it. Only files named like
/// lessons (`NN-some-id.md`) are lessons; any other Markdown there (a README, notes) is
/// left alone with a warning.
@main
struct LessonPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let compiler = try context.tool(named: "LessonCompiler").url
        let markdown = module.sourceFiles(withSuffix: "md").map(\.url)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL
        let packagePath = context.package.directoryURL.resolvingSymlinksInPath().path + "/"
        func relative(_ url: URL) -> String {
            let resolved = url.resolvingSymlinksInPath().path
            return resolved.hasPrefix(packagePath) ? String(resolved.dropFirst(packagePath.count)) : resolved
        }

        let lessons = markdown.filter { isLessonName($0.lastPathComponent) }
        for other in markdown where !isLessonName(other.lastPathComponent) {
            Diagnostics.warning("\(relative(other)) is not a lesson and is ignored: lesson files are named "
                + "NN-some-id.md (two digits, a hyphen, lowercase words joined by hyphens)")
        }
        // Each lesson gives two files: its code, and its Markdown, which a prose edit that
        // moves no line changes alone, so the code is not compiled again.
        var commands: [Command] = lessons.map { lesson in
            let name = lesson.deletingPathExtension().lastPathComponent
            let code = output.appending(path: name + ".swift")
            let text = output.appending(path: name + ".text.swift")
            return .buildCommand(
                displayName: "Compiling lesson \(relative(lesson))",
                executable: compiler,
                arguments: ["lesson", lesson.path, "--path", relative(lesson), "--output", code.path,
                            "--text-output", text.path],
                inputFiles: [lesson],
                outputFiles: [code, text]
            )
        }
        let registry = output.appending(path: "Registry.swift")
        commands.append(.buildCommand(
            displayName: "Listing the lessons of \(target.name)",
            executable: compiler,
            arguments: ["registry", "--output", registry.path] + lessons.map(\.lastPathComponent),
            // Every Markdown file, so that SwiftPM counts the ignored ones as handled.
            inputFiles: markdown,
            outputFiles: [registry]
        ))
        return commands
    }

    /// `NN-some-id.md`: two ASCII digits, a hyphen, then lowercase letters, digits and single
    /// hyphens. The lesson compiler checks the same shape (`LessonFileName`); plugins cannot
    /// share code with library targets, so the rule is restated here.
    private func isLessonName(_ name: String) -> Bool {
        let characters = Array(name)
        guard name.hasSuffix(".md"), characters.count > 6, characters[2] == "-",
              characters[0...1].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        let id = characters[3..<(characters.count - 3)]
        return !id.isEmpty && id.first != "-" && id.last != "-"
            && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
