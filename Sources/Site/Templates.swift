import Foundation
import Mustache

/// The page templates, stylesheet and script, shipped as resources of this target.
enum Templates {
    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw SiteError.missingResource(name) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The partials every page shares: `head`, `tools` (search and theme buttons), `search`.
    private static let partials = ["head", "tools", "search"]

    /// Renders the template `name` (`page.mustache`) with the shared partials.
    static func render(_ name: String, _ context: [String: Any]) throws -> String {
        var library = MustacheLibrary()
        for partial in partials {
            try library.register(resource("\(partial).mustache"), named: partial)
        }
        try library.register(resource(name), named: name)
        guard let html = library.render(context, withTemplate: name) else { throw SiteError.missingResource(name) }
        return html
    }
}

/// What can stop a site from being written.
public enum SiteError: Error, CustomStringConvertible {
    /// A template, stylesheet or script is not in the build's resources.
    case missingResource(String)
    /// The site folder could not be written; the previous site is left as it was.
    case cannotWrite(path: String, reason: String)
    /// The destination is not a folder a build may replace; nothing was touched.
    case refusedDestination(path: String, reason: String)

    /// What went wrong, for the terminal.
    public var description: String {
        switch self {
        case .missingResource(let name): "the site's resource \(name) is missing from the build"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .refusedDestination(let path, let reason):
            "will not write the site into \(path): \(reason). A build replaces its folder as a whole, "
                + "so choose a new or empty folder with --out, or empty this one."
        }
    }
}
