import Foundation

/// Decides whether `course build` may replace a folder: only if it is missing, empty, or a
/// site a build wrote before (it holds `SiteWriter.markerName`). A file, a symbolic link,
/// the working folder or any folder above it, the home folder, and any folder holding other
/// files are refused, naming the path and the reason, before anything is touched.
struct SiteFolder {
    let url: URL

    init(_ url: URL) { self.url = url.standardizedFileURL }

    func checkReplaceable() throws(SiteError) {
        let manager = FileManager.default
        let path = url.path
        if let type = try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType, type == .typeSymbolicLink {
            throw refused("it is a symbolic link")
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw refused("it is a file, not a folder") }
        let resolved = url.resolvingSymlinksInPath().path
        let here = URL(fileURLWithPath: manager.currentDirectoryPath).resolvingSymlinksInPath().path
        if here == resolved || here.hasPrefix(resolved == "/" ? "/" : resolved + "/") {
            throw refused("it is the working folder or a folder above it")
        }
        if resolved == manager.homeDirectoryForCurrentUser.resolvingSymlinksInPath().path {
            throw refused("it is the home folder")
        }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(SiteWriter.markerName) { return }
        throw refused("it holds files that `course build` did not write (there is no \(SiteWriter.markerName) marker in it)")
    }

    private func refused(_ reason: String) -> SiteError {
        .refusedDestination(path: url.path, reason: reason)
    }
}

/// An exclusive `flock` on a lock file, so that two builds into one folder take turns.
struct FolderLock {
    private let descriptor: Int32

    /// Takes the lock at `url`, creating the file if needed; calls `waiting` first when another
    /// process holds it, then waits.
    init(_ url: URL, waiting: () -> Void) throws {
        descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
