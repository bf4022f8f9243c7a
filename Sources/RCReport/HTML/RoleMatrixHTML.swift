/// The layout shared by the role × role tables: numbered roles, rotated column headers that
/// stay narrow for a dozen roles, one cell per rater × target. The cells' content comes from
/// the caller, already escaped.
struct RoleMatrixHTML: Sendable {
    struct Cell: Sendable {
        /// Extra CSS classes (`suppressed`, `matters`).
        var classes: [String] = []
        var swatch: ReportPalette.Swatch?
        /// The main line (markup, escaped).
        var main: String
        /// The small second line (markup, escaped).
        var sub: String
        /// The tooltip (plain text; escaped here).
        var title: String
        /// A mark in the cell's corner (markup, escaped): the ↑/↓ of a change that matters.
        var badge: String = ""
    }

    var roles: [String]
    var corner: String
    /// A caption read by screen readers and printed above the table.
    var caption: String
    var cell: @Sendable (_ rater: Int, _ target: Int) -> Cell
    /// Extra CSS classes on the table (`change`).
    var kind: String = ""

    func render() -> String {
        let count = roles.count
        let density = count > 10 ? "dense" : count > 7 ? "medium" : "roomy"
        // The rotated heads wrap between words: the longest word sets their height (at 0.62em a letter).
        let longestWord =
            roles.flatMap { $0.abbreviated(48).split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 0
        let wordHeight = SVGNumber.format(Double(longestWord) * 0.62 + 0.6)
        var out =
            "<div class=\"matrix-wrap\"><table class=\"matrix \(density)\(kind.isEmpty ? "" : " " + kind)\" "
            + "style=\"--longest-word: \(wordHeight)em\">\n"
        out += "<caption>\(HTML.escape(caption))</caption>\n"
        out += "<colgroup><col class=\"rowhead\">" + String(repeating: "<col>", count: count) + "</colgroup>\n"
        out += "<thead><tr><th class=\"corner\" scope=\"col\">\(HTML.escape(corner))</th>"
        for (index, role) in roles.enumerated() {
            out +=
                "<th scope=\"col\" class=\"colhead\" data-role=\"\(index)\" title=\"\(HTML.escape(role))\"><span class=\"rot\">\(HTML.escape(role.abbreviated(48)))</span>"
                + "<span class=\"num\">\(index + 1)</span></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (a, rater) in roles.enumerated() {
            out +=
                "<tr data-row=\"\(a)\"><th scope=\"row\" class=\"rowhead\" data-role=\"\(a)\" tabindex=\"0\" title=\"\(HTML.escape(rater))\"><span class=\"num\">\(a + 1)</span> "
                + "<span class=\"name\">\(HTML.escape(rater.abbreviated(60)))</span></th>"
            for b in roles.indices {
                let content = cell(a, b)
                var classes = ["cell"] + content.classes
                if a == b { classes.append("diagonal") }
                var style = ""
                if let swatch = content.swatch { style = " style=\"background:\(swatch.fill);color:\(swatch.text)\"" }
                out +=
                    "<td class=\"\(classes.joined(separator: " "))\"\(style) data-a=\"\(a)\" data-b=\"\(b)\" tabindex=\"0\" title=\"\(HTML.escape(content.title))\">"
                    + (content.badge.isEmpty ? "" : "<span class=\"badge\">\(content.badge)</span>")
                    + "<span class=\"v\">\(content.main)</span><span class=\"n\">\(content.sub)</span></td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        return out
    }
}
