import Foundation
import LessonFormat
import LessonGenerator

/// The build tool the lesson plugin runs:
///
///     LessonCompiler lesson INPUT.md --path Lessons/NN-id.md --output OUT.swift --text-output TEXT.swift
///     LessonCompiler registry --output Registry.swift NN-id.md...
///
/// Lesson errors are printed as `Lessons/NN-id.md:LINE: error: …` and exit with status 1.
@main
struct LessonCompiler {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            try run(arguments)
        } catch let error as LessonFormatError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        } catch {
            FileHandle.standardError.write(Data("LessonCompiler: error: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: [String]) throws {
        guard let mode = arguments.first else { throw UsageError() }
        var options = Options(Array(arguments.dropFirst()))
        let output = try options.value(of: "--output")
        switch mode {
        case "lesson":
            let path = try options.value(of: "--path")
            guard options.positional.count == 1 else { throw UsageError() }
            let input = options.positional[0]
            guard let data = FileManager.default.contents(atPath: input) else {
                throw LessonFormatError(path: path, line: nil, message: "cannot read \(input)")
            }
            let source = try LessonSource.text(of: Array(data), path: path)
            let lesson = try LessonParser.parse(source: source, path: path)
            let generator = SwiftGenerator(lesson: lesson)
            try writeIfChanged(try generator.generate(), to: output)
            try writeIfChanged(generator.generateText(), to: try options.value(of: "--text-output"))
        case "registry":
            let names = options.positional.map { URL(fileURLWithPath: $0).lastPathComponent }
            try writeIfChanged(RegistryGenerator(fileNames: names).generate(), to: output)
        default:
            throw UsageError()
        }
    }

    /// Leaves an unchanged file alone, so the compiler does not rebuild what did not change.
    static func writeIfChanged(_ text: String, to path: String) throws {
        if let existing = try? String(contentsOfFile: path, encoding: .utf8), existing == text { return }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String {
        """
        usage: LessonCompiler lesson INPUT.md --path Lessons/NN-id.md --output OUT.swift --text-output TEXT.swift
               LessonCompiler registry --output Registry.swift NN-id.md...
        """
    }
}

/// `--name value` pairs and the remaining positional arguments.
struct Options {
    var named: [String: String] = [:]
    var positional: [String] = []

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument.hasPrefix("--"), let value = iterator.next() {
                named[argument] = value
            } else {
                positional.append(argument)
            }
        }
    }

    mutating func value(of name: String) throws -> String {
        guard let value = named[name] else { throw UsageError() }
        return value
    }
}
