import CProcessControl
import Foundation

/// Writes the site so that a reader never sees it half-written and nothing else is ever lost.
///
/// Everything goes into a staging folder beside the destination, which then trades places
/// with the old site in one atomic step (`renameat2` with `RENAME_EXCHANGE` on Linux,
/// `renamex_np` with `RENAME_SWAP` on macOS): a reader sees the whole old site or the whole
/// new one. The destination must be missing, empty, or a site this writer wrote before (it
/// carries a marker file); anything else is refused before a byte is written. Builds into one
/// folder take turns through a lock file beside it, and each build removes the staging and
/// old folders that a killed build left behind.
public struct SiteWriter {
    /// The folder the site ends up in (`site/`).
    public let destination: URL

    /// The file every site this writer makes carries, and which allows it to be replaced.
    public static let markerName = ".course-site"

    /// A writer for the site at `destination`.
    public init(destination: URL) { self.destination = destination.standardizedFileURL }

    private var parent: URL { destination.deletingLastPathComponent() }
    private var name: String { destination.lastPathComponent }
    private var staging: URL { parent.appending(path: ".\(name)-staging-\(getpid())") }

    /// Folders the writer may leave behind if it is killed, which the next build removes.
    public var temporaryFolders: [URL] { [staging] }

    /// Throws `SiteError.refusedDestination` unless the destination is missing, empty, or a
    /// site written before; nothing is touched either way.
    public func checkDestination() throws {
        try SiteFolder(destination).checkReplaceable()
    }

    /// Writes `pages` (file name → HTML) plus the stylesheet, the script and the marker. With
    /// `keepOthers`, pages of the existing site that are not in `pages` are carried over.
    /// `waiting` is called if another build holds the folder, before waiting for it.
    public func write(pages: [String: String], keepOthers: Bool, waiting: () -> Void = {}) throws {
        try SiteFolder(destination).checkReplaceable()
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try FolderLock(parent.appending(path: ".\(name)-lock"), waiting: waiting)
        defer { lock.release() }
        try SiteFolder(destination).checkReplaceable()
        removeDebris()
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
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
            try Data(Self.marker.utf8).write(to: staging.appending(path: Self.markerName))
            try swapIn()
        } catch {
            try? manager.removeItem(at: staging)
            throw SiteError.cannotWrite(path: destination.path, reason: "\(error)")
        }
    }

    /// Puts the staged site in place: an atomic exchange with the old site, which is then
    /// removed, or a rename when there is no old site.
    private func swapIn() throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: destination.path) else {
            try manager.moveItem(at: staging, to: destination)
            return
        }
        guard course_exchange_paths(staging.path, destination.path) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        try manager.removeItem(at: staging)
    }

    /// Staging folders of builds into this destination that were killed before they finished.
    /// Called under the lock, so no other build is using them.
    private func removeDebris() {
        let manager = FileManager.default
        let prefix = ".\(name)-staging-"
        for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where entry.hasPrefix(prefix) {
            guard Int32(entry.dropFirst(prefix.count)) != nil else { continue }
            try? manager.removeItem(at: parent.appending(path: entry))
        }
    }

    private static let marker = """
        This folder is a course site written by `course build`. The next build replaces it as a
        whole, which this file allows; a folder without it is never replaced.

        """
}
