import Foundation

/// The search index file the page loads when the reader opens search: a script that sets
/// `window.courseSearchIndex`, so that it loads from `file://` too, where pages cannot fetch.
enum SearchIndexFile {
    /// The file's name in the site.
    static let name = "search-index.js"
    private static let prefix = "window.courseSearchIndex = "

    /// The file for `entries`, in course order, one lesson per line.
    static func contents(_ entries: [SearchEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try entries.sorted { $0.page < $1.page }.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return prefix + "[\n" + lines.joined(separator: ",\n") + "\n];\n"
    }

    /// The entries of an earlier site's file; none when it is missing or unreadable.
    static func entries(in folder: URL) -> [SearchEntry] {
        guard let text = try? String(contentsOf: folder.appending(path: name), encoding: .utf8),
              text.hasPrefix(prefix) else { return [] }
        let json = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        return (try? JSONDecoder().decode([SearchEntry].self, from: Data(json.utf8))) ?? []
    }
}
