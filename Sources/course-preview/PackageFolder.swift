import ArgumentParser
import Foundation

/// The package being previewed, and the lesson file in it.
struct PackageFolder {
    let url: URL

    /// The folder at `path`, or the nearest folder holding `Package.swift` from the working
    /// folder up.
    static func find(from path: String?) throws -> PackageFolder {
        if let path {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.appending(path: "Package.swift").path) else {
                throw ValidationError("\(url.path) holds no Package.swift")
            }
            return PackageFolder(url: url)
        }
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.appending(path: "Package.swift").path) {
            guard folder.path != "/" else {
                throw ValidationError("no Package.swift in this folder or above it; run from the course's folder or pass --package-path")
            }
            folder.deleteLastPathComponent()
        }
        return PackageFolder(url: folder)
    }

    /// The lesson a learner names by number (`5`, `05`) or id (`weight-initialization`).
    func lesson(named name: String, in lessons: String) throws -> LessonFile {
        let folder = url.appending(path: lessons)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.range(of: #"^[0-9]{2}-[a-z0-9-]+\.md$"#, options: .regularExpression) != nil }.sorted()
        let match = files.first { file in
            let number = Int(file.prefix(2))
            let id = String(file.dropFirst(3).dropLast(3))
            return Int(name).map { $0 == number } ?? (name == id || name == file || name + ".md" == file)
        }
        guard let match else {
            let valid = files.map { "  \($0.dropLast(3))" }.joined(separator: "\n")
            throw ValidationError("no lesson is called “\(name)” in \(lessons)/. The lessons are:\n\(valid)")
        }
        return LessonFile(url: folder.appending(path: match), relativePath: "\(lessons)/\(match)")
    }
}

/// A lesson's Markdown file.
struct LessonFile: Sendable {
    let url: URL
    /// The path relative to the package, as messages show it.
    let relativePath: String

    /// `05-weight-initialization.md`.
    var fileName: String { url.lastPathComponent }
    /// `05-weight-initialization.html`.
    var pageName: String { String(fileName.dropLast(3)) + ".html" }
    /// `5`.
    var number: String { String(Int(fileName.prefix(2)) ?? 0) }
}
