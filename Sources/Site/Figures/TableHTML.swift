import Notebook

/// A table figure as an HTML `<table>`: a header row when the table has names, numbers
/// right-aligned, the whole in a box that scrolls sideways when it is wider than the column.
struct TableHTML {
    let data: TableData

    /// The table; `name` is its caption (hidden: the figure's caption shows the title),
    /// `describedBy` names the element holding its short description.
    func html(name: String, describedBy: String) -> String {
        let align = data.alignments.map { $0 == .right ? " class=\"num\"" : "" }
        func attribute(_ column: Int) -> String { column < align.count ? align[column] : "" }
        var out = "<div class=\"table-scroll\" tabindex=\"0\">\n"
        out += "<table aria-describedby=\"\(describedBy)\"><caption class=\"visually-hidden\">\(name.htmlEscaped)</caption>\n"
        if data.header.contains(where: { !$0.isEmpty }) {
            out += "<thead><tr>"
            out += data.header.enumerated().map { "<th scope=\"col\"\(attribute($0.offset))>\($0.element.htmlEscaped)</th>" }.joined()
            out += "</tr></thead>\n"
        }
        out += "<tbody>\n"
        if data.rows.isEmpty {
            out += "<tr><td class=\"empty\" colspan=\"\(max(1, data.alignments.count))\">no rows</td></tr>\n"
        }
        for row in data.rows {
            out += "<tr>" + row.enumerated().map { "<td\(attribute($0.offset))>\($0.element.htmlEscaped)</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>"
    }
}
