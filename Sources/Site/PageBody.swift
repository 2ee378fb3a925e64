/// A lesson's rendered body made ready for its page: links to lesson files lead to their
/// pages, section headings carry a permalink, and the title is split off so the page can
/// put the previous/next links right under it.
struct PageBody {
    /// The title heading, `<h1 …>…</h1>`; empty when the body has none.
    let title: String
    /// Everything after the title.
    let rest: String

    init(_ html: String) {
        let body = Self.withPermalinks(Self.linkingPages(html))
        if let end = body.range(of: "</h1>\n"), body[..<end.lowerBound].range(of: "<h1") != nil {
            title = String(body[..<end.lowerBound]) + "</h1>"
            rest = String(body[end.upperBound...])
        } else {
            title = ""
            rest = body
        }
    }

    /// `href="08-data-leakage.md#x"` becomes `href="08-data-leakage.html#x"`: a link to a
    /// lesson file leads to that lesson's page (the build has checked that it exists).
    static func linkingPages(_ html: String) -> String {
        html.replacing(#/href="(?:\./)?(\d+-[a-z0-9-]+)\.md(#[^"]*)?"/#) { match in
            "href=\"\(match.output.1).html\(match.output.2 ?? "")\""
        }
    }

    /// Each `<h2 id="…">` and `<h3 id="…">` gets a link to itself at its end, for sharing
    /// a section.
    static func withPermalinks(_ html: String) -> String {
        html.replacing(#/<h([23]) id="([^"]+)">(.*?)</h\1>/#) { match in
            let (_, level, anchor, inner) = match.output
            return "<h\(level) id=\"\(anchor)\">\(inner) <a class=\"permalink\" href=\"#\(anchor)\" "
                + "aria-label=\"Link to this section\">#</a></h\(level)>"
        }
    }
}
