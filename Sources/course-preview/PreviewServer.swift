import FlyingFox
import Foundation

/// Serves the preview's site on 127.0.0.1: the lesson's page with a small script that reloads
/// it when a new build is done, the site's other files, the build's state as JSON, and in place
/// of the page a report while the lesson does not compile.
struct PreviewServer {
    let session: PreviewSession
    private let server: HTTPServer

    init(session: PreviewSession, port: UInt16) throws {
        self.session = session
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                            handler: PreviewHandler(session: session))
    }

    /// Starts serving; returns `127.0.0.1:PORT` once the server listens.
    func start() async throws -> String {
        let server = self.server
        Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(let host, let port)? = await server.listeningAddress else { return "127.0.0.1" }
        return "\(host):\(port)"
    }
}

/// Answers one request of the preview.
struct PreviewHandler: HTTPHandler {
    let session: PreviewSession

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version = await session.version
        let status = await session.status
        if request.path == "/__preview/state" {
            return response(Data(#"{"version": \#(version)}"#.utf8), type: "application/json")
        }
        var name = String(request.path.drop { $0 == "/" })
        if name.isEmpty { name = session.builder.lesson.pageName }
        guard !name.contains(".."), !name.contains("/") else { return HTTPResponse(statusCode: .notFound) }
        if name.hasSuffix(".html") {
            if case .compileFailed(let errors) = status {
                return page(PreviewPages.compileError(errors, lesson: session.builder.lesson), version: version)
            }
            guard let html = FileManager.default.contents(atPath: session.site.appending(path: name).path) else {
                return page(PreviewPages.waiting(for: session.builder.lesson), version: version)
            }
            return page(String(decoding: html, as: UTF8.self), version: version)
        }
        guard let data = FileManager.default.contents(atPath: session.site.appending(path: name).path) else {
            return HTTPResponse(statusCode: .notFound)
        }
        return response(data, type: Self.contentType(of: name))
    }

    private func page(_ html: String, version: Int) -> HTTPResponse {
        let script = PreviewPages.reloadScript(version: version)
        let body = html.contains("</body>") ? html.replacingOccurrences(of: "</body>", with: script + "</body>") : html + script
        return response(Data(body.utf8), type: "text/html; charset=utf-8")
    }

    private func response(_ data: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store"], body: data)
    }

    static func contentType(of name: String) -> String {
        switch URL(fileURLWithPath: name).pathExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}

/// The pages and the script only the preview shows.
enum PreviewPages {
    /// Polls the preview's state twice a second and reloads when a newer build is done.
    static func reloadScript(version: Int) -> String {
        """
        <script>
        (function () {
          const built = \(version);
          setInterval(async function () {
            try {
              const state = await (await fetch('/__preview/state', {cache: 'no-store'})).json();
              if (state.version !== built) { location.reload(); }
            } catch (error) {}
          }, 500);
        })();
        </script>

        """
    }

    static func compileError(_ errors: String, lesson: LessonFile) -> String {
        shell(title: "\(lesson.relativePath) does not compile", body: """
            <p>The compiler's report (fix the lesson and save; this page reloads by itself):</p>
            <pre>\(escaped(errors))</pre>
            """)
    }

    static func waiting(for lesson: LessonFile) -> String {
        shell(title: "Building \(lesson.relativePath)…", body: "<p>The page appears here when the first build is done.</p>")
    }

    private static func shell(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escaped(title))</title>
        <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
        pre{background:#fff4f4;border-left:4px solid #b00020;padding:1rem;overflow-x:auto;white-space:pre-wrap}</style>
        </head><body><h1>\(escaped(title))</h1>
        \(body)
        </body></html>
        """
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
