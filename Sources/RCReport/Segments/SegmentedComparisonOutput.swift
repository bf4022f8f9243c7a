import RCStats
import RCSurvey

/// A segmented comparison (`compare --by NAME`): the whole organisation's rounds compared, each
/// round resting on the data its segments show, then each segment's own rounds compared.
struct SegmentedComparisonOutput: Sendable {
    /// The background variable (`Afdeling`).
    var by: String
    /// The whole organisation's consecutive comparisons.
    var whole: [RoundComparison]
    /// Each segment (nil: the respondents with no value) with its own consecutive comparisons
    /// and its reading counts; a segment missing from a round is not compared.
    var segments: [(value: String?, comparisons: [RoundComparison], ingest: IngestCounts)]
    var ingest: IngestCounts
    var language: Language

    init(_ segmented: SegmentedComparison, ingest: IngestCounts, language: Language) {
        by = segmented.by
        whole = segmented.whole
        segments = segmented.segments.map { ($0.value, $0.comparisons, $0.ingest) }
        self.ingest = ingest
        self.language = language
    }

    private var t: Phrases { Phrases(language: language) }

    /// `compare`'s document for the whole organisation, with `by` and `segments` (each
    /// segment's `segment` and `compare`'s keys for its own rounds).
    var json: JSONValue {
        guard case var .object(members) = ComparisonJSON(comparisons: whole, ingest: ingest, language: language).value
        else { return .null }
        members.append(("by", .string(by)))
        members.append(
            (
                "segments",
                .array(
                    segments.map { segment in
                        guard
                            case let .object(own) = ComparisonJSON(
                                comparisons: segment.comparisons, ingest: segment.ingest, language: language
                            ).value
                        else { return .null }
                        let kept =
                            own.filter { $0.0 != "ingest" } + [
                                (
                                    "ingest",
                                    .object([
                                        ("records", .number(segment.ingest.records)),
                                        ("answers", .number(segment.ingest.answers)),
                                        ("missing", .number(segment.ingest.missing)),
                                        ("rejected", .number(segment.ingest.rejected))
                                    ])
                                )
                            ]
                        return .object([("segment", segment.value.map(JSONValue.string) ?? .null)] + kept)
                    })
            ))
        return .object(members)
    }

    /// The terminal tables: the whole organisation, then each segment under its title.
    func table(color: Bool) -> String {
        var out = "═══ \(t.wholeOrganisation) ═══\n"
        out += whole.map { ComparisonTable(comparison: $0, language: language, color: color).render() }.joined(
            separator: "\n")
        out += "\n" + TextColumns.sanitize(t.wholeRestsOnSegments(by: by)) + "\n"
        for segment in segments {
            out += "\n═══ \(TextColumns.sanitize(t.segmentTitle(by: by, value: segment.value))) ═══\n"
            out += segment.comparisons.map {
                ComparisonTable(comparison: $0, language: language, color: color).render()
            }
            .joined(separator: "\n")
        }
        return out
    }

    /// Markdown: the whole organisation, then each segment, each under its own heading.
    func markdown() -> String {
        func part(_ comparisons: [RoundComparison]) -> String {
            comparisons.map {
                "## \(Markdown.escape($0.before.round)) → \(Markdown.escape($0.after.round))\n\n"
                    + ComparisonTabular(comparison: $0, language: language).markdown()
            }.joined(separator: "\n")
        }
        var out = "# \(t.wholeOrganisation)\n\n" + part(whole)
        out += "\n" + Markdown.escape(t.wholeRestsOnSegments(by: by)) + "\n"
        for segment in segments {
            out +=
                "\n# \(Markdown.escape(t.segmentTitle(by: by, value: segment.value)))\n\n" + part(segment.comparisons)
        }
        return out
    }

    /// One CSV table of two rounds: `compare`'s rows with a first column naming the segment
    /// (empty for the whole organisation).
    func csv(excel: Bool) -> String {
        var table = SpreadsheetCSV(excel: excel, language: language)
        let parts =
            [(nil as String?, whole.first)] + segments.map { (Optional($0.value ?? t.noValue), $0.comparisons.first) }
        var first = true
        for (segment, comparison) in parts {
            guard let comparison else { continue }
            for (number, row) in ComparisonTabular(comparison: comparison, language: language).csvRows().enumerated()
            where first || number > 0 {
                table.append([number == 0 ? .term("segment") : .text(segment ?? "")] + row)
            }
            first = false
        }
        return table.render()
    }
}
