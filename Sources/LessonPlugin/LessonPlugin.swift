import Foundation
import PackagePlugin

/// Compiles each Markdown lesson in a target into Swift, plus a registry of all of them.
///
/// The target reaches its lessons through a symbolic link (`Sources/LessonBook/Lessons ->
/// ../../Lessons`), so SwiftPM lists the `.md` files as the target's own and re-runs this
/// plugin whenever one is added or removed; the path written into `#sourceLocation` is the
/// link's target relative to the package, as an author sees it.
@main
struct LessonPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let compiler = try context.tool(named: "LessonCompiler").url
        let lessons = module.sourceFiles(withSuffix: "md").map(\.url)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL
        let packagePath = context.package.directoryURL.resolvingSymlinksInPath().path + "/"

        var commands: [Command] = lessons.map { lesson in
            let resolved = lesson.resolvingSymlinksInPath().path
            let relative = resolved.hasPrefix(packagePath) ? String(resolved.dropFirst(packagePath.count)) : resolved
            let generated = output.appending(path: lesson.deletingPathExtension().lastPathComponent + ".swift")
            return .buildCommand(
                displayName: "Compiling lesson \(relative)",
                executable: compiler,
                arguments: ["lesson", lesson.path, "--path", relative, "--output", generated.path],
                inputFiles: [lesson],
                outputFiles: [generated]
            )
        }
        let registry = output.appending(path: "Registry.swift")
        commands.append(.buildCommand(
            displayName: "Listing the lessons of \(target.name)",
            executable: compiler,
            arguments: ["registry", "--output", registry.path] + lessons.map(\.lastPathComponent),
            inputFiles: lessons,
            outputFiles: [registry]
        ))
        return commands
    }
}
