import RCStats
import RCSurvey

/// The `compare --format json` document (SPEC §5).
struct ComparisonJSON: Sendable {
    var comparisons: [RoundComparison]
    var ingest: IngestCounts
    var language: Language
    /// With `--where`: the segment this is, said first under `where`; the rest is the segment's
    /// member of `compare --by`'s `segments`, without `segment` (reading counts without `rows`).
    var segment: SegmentName?

    init(
        comparisons: [RoundComparison], ingest: IngestCounts, language: Language = .en, segment: SegmentName? = nil
    ) {
        self.comparisons = comparisons
        self.ingest = ingest
        self.language = language
        self.segment = segment
    }

    func render() -> String { value.serialized() }

    /// Two rounds: the SPEC's keys at the top level. Three or more: `rounds` and one
    /// comparison per consecutive pair under `comparisons`.
    var value: JSONValue {
        guard let segment else { return document }
        guard case let .object(members) = document else { return .null }
        let counts = JSONValue.object([
            ("records", .number(ingest.records)), ("answers", .number(ingest.answers)),
            ("missing", .number(ingest.missing)), ("rejected", .number(ingest.rejected))
        ])
        return .object([("where", segment.json)] + members.map { $0.0 == "ingest" ? ("ingest", counts) : $0 })
    }

    private var document: JSONValue {
        if comparisons.count == 1, let only = comparisons.first {
            guard case let .object(members) = Self.document(only, language: language) else { return .null }
            return .object(members + [("ingest", ingestValue)])
        }
        var rounds = comparisons.map(\.before.round)
        if let last = comparisons.last { rounds.append(last.after.round) }
        return .object([
            ("rounds", .array(rounds.map(JSONValue.string))),
            ("comparisons", .array(comparisons.map { Self.document($0, language: language) })),
            ("ingest", ingestValue)
        ])
    }

    private var ingestValue: JSONValue {
        .object([
            ("records", .number(ingest.records)), ("answers", .number(ingest.answers)),
            ("missing", .number(ingest.missing)), ("rejected", .number(ingest.rejected)), ("rows", .number(ingest.rows))
        ])
    }

    /// The data a round's pooled figures leave out (in hidden cells).
    static func leftOut(_ leftOut: LeftOut) -> JSONValue {
        .object([("ties", .number(leftOut.ties)), ("answers", .number(leftOut.answers))])
    }

    static func document(_ comparison: RoundComparison, language: Language) -> JSONValue {
        var index = members(comparison.index) + [("matters", .bool(comparison.indexVerdict.matters))]
        if let paired = comparison.paired {
            index.append(
                (
                    "paired",
                    .object([
                        ("n", .number(paired.count)), ("diff", .number(paired.meanDifference)),
                        ("t", .number(paired.t)),
                        ("df", .number(paired.degreesOfFreedom)), ("p", .number(paired.pValue))
                    ])
                ))
        } else {
            index.append(("paired", .null))
        }
        let pairing = comparison.pairing
        index.append(
            (
                "pairing",
                .object([
                    ("paired", .number(pairing.paired)), ("row_numbers", .bool(pairing.rowNumbers)),
                    ("paired_ids", .bool(pairing.idsStatedStable)), ("other_role", .number(pairing.otherRole)),
                    ("no_index", .number(pairing.withoutIndex)), ("before_only", .number(pairing.beforeOnly)),
                    ("after_only", .number(pairing.afterOnly))
                ])
            ))
        return .object([
            ("before_round", .string(comparison.before.round)),
            ("after_round", .string(comparison.after.round)),
            ("min_group", .number(comparison.minGroup)),
            ("min_change", .number(comparison.options.minimumChange)),
            ("roles", .array(comparison.roles.map(JSONValue.string))),
            ("index", .object(index)),
            (
                "left_out",
                .object([("before", leftOut(comparison.before.leftOut)), ("after", leftOut(comparison.after.leftOut))])
            ),
            (
                "dimensions",
                .array(
                    comparison.dimensions.map { item in
                        .object(
                            [("dimension", .string(item.dimension.id))] + members(item.comparison)
                                + [("q", .number(item.q)), ("matters", .bool(item.verdict.matters))])
                    })
            ),
            (
                "cells",
                .array(
                    comparison.cells.map { cell in
                        .object(
                            [("rater", .string(cell.rater)), ("target", .string(cell.target))]
                                + members(cell.comparison)
                                + [("q", .number(cell.q)), ("matters", .bool(cell.verdict.matters))])
                    })
            ),
            (
                "summary",
                .array(ComparisonSummary(comparison: comparison, language: language).lines.map(JSONValue.string))
            )
        ])
    }

    static func members(_ measure: MeasureComparison) -> [(String, JSONValue)] {
        func side(_ estimate: Estimate) -> JSONValue {
            .object([
                ("n", AnalysisJSON.count(estimate)), ("mean", .number(estimate.mean)), ("sd", .number(estimate.sd)),
                ("hidden", AnalysisJSON.hidden(estimate))
            ])
        }
        let welch = measure.welch
        return [
            ("before", side(measure.before)),
            ("after", side(measure.after)),
            ("diff", .number(welch?.difference)),
            ("ci_low", .number(welch?.confidenceInterval?.lower)),
            ("ci_high", .number(welch?.confidenceInterval?.upper)),
            ("t", .number(welch?.t)),
            ("df", .number(welch?.degreesOfFreedom)),
            ("p", .number(welch?.pValue)),
            ("hedges_g", .number(measure.hedgesG)),
            ("suppressed", .bool(measure.isSuppressed))
        ]
    }
}
