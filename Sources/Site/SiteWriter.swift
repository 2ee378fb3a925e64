import Foundation

/// Writes the site so that a reader never sees it half-written: everything goes into a
/// fresh folder beside the destination, which then takes the destination's place.
public struct SiteWriter {
    /// The folder the site ends up in (`site/`).
    public let destination: URL

    /// A writer for the site at `destination`.
    public init(destination: URL) { self.destination = destination }

    /// Writes `pages` (file name → HTML) plus the stylesheet and script. With `keepOthers`,
    /// pages of the existing site that are not in `pages` are carried over.
    public func write(pages: [String: String], keepOthers: Bool) throws {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appending(path: ".\(destination.lastPathComponent)-staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            if keepOthers, let existing = try? manager.contentsOfDirectory(atPath: destination.path) {
                for name in existing where name.hasSuffix(".html") && pages[name] == nil {
                    try manager.copyItem(at: destination.appending(path: name), to: staging.appending(path: name))
                }
            }
            for (name, html) in pages {
                try Data(html.utf8).write(to: staging.appending(path: name))
            }
            for asset in ["course.css", "course.js"] {
                try Data(Templates.resource(asset).utf8).write(to: staging.appending(path: asset))
            }
            try swapIn(staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw SiteError.cannotWrite(path: destination.path, reason: "\(error)")
        }
    }

    /// Renames the staged folder into place; the old site is removed only afterwards.
    private func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appending(path: ".\(destination.lastPathComponent)-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        if manager.fileExists(atPath: destination.path) {
            try manager.moveItem(at: destination, to: old)
        }
        do {
            try manager.moveItem(at: staging, to: destination)
        } catch {
            if manager.fileExists(atPath: old.path) { try? manager.moveItem(at: old, to: destination) }
            throw error
        }
        try? manager.removeItem(at: old)
    }
}
