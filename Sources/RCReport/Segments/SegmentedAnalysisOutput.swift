import RCStats
import RCSurvey

/// A segmented analysis (`analyze --by NAME`) in every format `analyze` writes: the whole
/// organisation first, then each segment as its own analysis (SPEC §6).
struct SegmentedAnalysisOutput: Sendable {
    var segmented: SegmentedAnalysis
    /// What reading gave: for the whole organisation, and for each segment (its respondents'
    /// answer records; rows are counted for whole files only).
    var ingest: IngestCounts
    var segmentIngest: [IngestCounts]
    var language: Language

    init(segmented: SegmentedAnalysis, ingest: IngestCounts, segmentIngest: [IngestCounts], language: Language) {
        self.segmented = segmented
        self.ingest = ingest
        self.segmentIngest = segmentIngest
        self.language = language
    }

    private var t: Phrases { Phrases(language: language) }

    /// The `analyze` document of the whole organisation, with `by`, `segments` (each segment's
    /// `segment` and the `analyze` keys of its own analysis) and `segment_agreement`.
    var json: JSONValue {
        guard case var .object(members) = AnalysisJSON(analysis: segmented.whole, ingest: ingest).value else {
            return .null
        }
        members.append(("by", .string(segmented.by)))
        members.append(
            (
                "segments",
                .array(
                    segmented.segments.enumerated().map { number, segment in
                        let counts = number < segmentIngest.count ? segmentIngest[number] : IngestCounts()
                        let own = AnalysisJSON(analysis: segment.analysis, ingest: counts).segmentMembers
                        return .object([("segment", segment.value.map(JSONValue.string) ?? .null)] + own)
                    })
            ))
        let agreement = segmented.agreement
        members.append(
            (
                "segment_agreement",
                .object([
                    ("by", .string(agreement.by)), ("groups", .number(agreement.groups)), ("n", .number(agreement.n)),
                    ("icc1", .number(agreement.icc1)), ("icc2", .number(agreement.icc2))
                ])
            ))
        return .object(members)
    }

    /// The terminal tables: the whole organisation, then each segment under its title.
    func table(color: Bool) -> String {
        var out = section(t.wholeOrganisation, color: color)
        out += AnalysisTable(analysis: segmented.whole, ingest: ingest, language: language, color: color).render()
        out += "\n" + t.wholeRestsOnSegments(by: TextColumns.sanitize(segmented.by)) + "\n"
        out += TextColumns.sanitize(t.segmentAgreementLine(segmented.agreement)) + "\n"
        for segment in segmented.segments {
            out +=
                "\n"
                + section(TextColumns.sanitize(t.segmentTitle(by: segmented.by, value: segment.value)), color: color)
            out += AnalysisTable(analysis: segment.analysis, language: language, color: color).render()
        }
        return out
    }

    /// Markdown: the whole organisation, then each segment, each under its own heading.
    func markdown() -> String {
        var out = "# \(t.wholeOrganisation)\n\n"
        out += AnalysisTabular(analysis: segmented.whole, language: language).markdown()
        out += "\n" + Markdown.escape(t.wholeRestsOnSegments(by: segmented.by)) + "\n"
        out += "\n" + Markdown.escape(t.segmentAgreementLine(segmented.agreement)) + "\n"
        for segment in segmented.segments {
            out += "\n# \(Markdown.escape(t.segmentTitle(by: segmented.by, value: segment.value)))\n\n"
            out += AnalysisTabular(analysis: segment.analysis, language: language).markdown()
        }
        return out
    }

    /// One CSV table: `analyze`'s rows with a first column naming the segment (empty for the
    /// whole organisation).
    func csv(excel: Bool) -> String {
        var table = SpreadsheetCSV(excel: excel, language: language)
        let parts =
            [(nil as String?, segmented.whole)]
            + segmented.segments.map { (Optional($0.value ?? t.noValue), $0.analysis) }
        var first = true
        for (segment, analysis) in parts {
            let rows = AnalysisTabular(analysis: analysis, language: language).csvRows()
            for (number, row) in rows.enumerated() where first || number > 0 {
                table.append([number == 0 ? .term("segment") : .text(segment ?? "")] + row)
            }
            first = false
        }
        return table.render()
    }

    private func section(_ title: String, color: Bool) -> String {
        let line = "═══ \(title) ═══"
        return (color ? TerminalColor.bold(line) : line) + "\n"
    }
}
