/// The layout shared by the role × role tables: numbered roles, rotated column headers that
/// stay narrow for a dozen roles, one cell per rater × target. The cells' content comes from
/// the caller, already escaped.
struct RoleMatrixHTML: Sendable {
    struct Cell: Sendable {
        /// Extra CSS classes (`suppressed`, `reliable`).
        var classes: [String] = []
        var swatch: ReportPalette.Swatch?
        /// The main line (markup, escaped).
        var main: String
        /// The small second line (markup, escaped).
        var sub: String
        /// The tooltip (plain text; escaped here).
        var title: String
    }

    var roles: [String]
    var corner: String
    /// A caption read by screen readers and printed above the table.
    var caption: String
    var cell: @Sendable (_ rater: Int, _ target: Int) -> Cell

    func render() -> String {
        let count = roles.count
        let density = count > 10 ? "dense" : count > 7 ? "medium" : "roomy"
        var out = "<div class=\"matrix-wrap\"><table class=\"matrix \(density)\">\n"
        out += "<caption>\(HTML.escape(caption))</caption>\n"
        out += "<colgroup><col class=\"rowhead\">" + String(repeating: "<col>", count: count) + "</colgroup>\n"
        out += "<thead><tr><th class=\"corner\" scope=\"col\">\(HTML.escape(corner))</th>"
        for (index, role) in roles.enumerated() {
            out += "<th scope=\"col\" class=\"colhead\" title=\"\(HTML.escape(role))\"><span class=\"rot\">\(HTML.escape(role.abbreviated(22)))</span>"
                + "<span class=\"num\">\(index + 1)</span></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (a, rater) in roles.enumerated() {
            out += "<tr><th scope=\"row\" class=\"rowhead\" title=\"\(HTML.escape(rater))\"><span class=\"num\">\(a + 1)</span> "
                + "\(HTML.escape(rater.abbreviated(count > 10 ? 22 : 30)))</th>"
            for b in roles.indices {
                let content = cell(a, b)
                var classes = ["cell"] + content.classes
                if a == b { classes.append("diagonal") }
                var style = ""
                if let swatch = content.swatch { style = " style=\"background:\(swatch.fill);color:\(swatch.text)\"" }
                out += "<td class=\"\(classes.joined(separator: " "))\"\(style) title=\"\(HTML.escape(content.title))\">"
                    + "<span class=\"v\">\(content.main)</span><span class=\"n\">\(content.sub)</span></td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        return out
    }
}
