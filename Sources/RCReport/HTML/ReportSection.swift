/// One part of the HTML report: its anchor, its line in the table of contents and its markup.
/// `HTMLReport` assembles the report from a list of these, so a new part (segments, say) is a
/// new renderer that returns a `ReportSection`, added to `HTMLReport.extraSections`.
struct ReportSection: Sendable {
    /// The element id (`comparison-1`), unique in the page.
    var id: String
    /// The line in the table of contents (plain text; escaped when rendered).
    var title: String
    /// The section's markup, a whole `<section>` element, user text already escaped.
    var html: String
}
