import RCStats
import RCSurvey

/// The `analyze --format json` document (SPEC §5). Suppressed figures are null; they are
/// not in the analysis to begin with. Every figure object says why it is hidden (`hidden`:
/// "fewer_than_k" for a group that answered but rests on fewer than k, "protects_others" for a
/// segment's figure hidden beside a smaller one, else null); a hidden group's `n` is null rather
/// than 0 when none of its answers is left (SPEC §3: "fewer than k", never 0).
struct AnalysisJSON: Sendable {
    var analysis: NetworkAnalysis
    var ingest: IngestCounts
    /// With `--where`: the segment this is (its variable and value), said first under `where`;
    /// the rest is exactly the segment's member of `--by`'s `segments`, without `segment`.
    var segment: SegmentName?

    func render() -> String { value.serialized() }

    var value: JSONValue {
        guard let segment else { return .object(members) }
        return .object([("where", segment.json)] + segmentMembers)
    }

    /// The members of a segment's document, as `--by` lists it under `segments` and `--where`
    /// writes it: the reading counts without `rows` (rows are counted for whole files only).
    var segmentMembers: [(String, JSONValue)] {
        members.map { key, value in
            guard key == "ingest" else { return (key, value) }
            return (
                key,
                .object([
                    ("records", .number(ingest.records)), ("answers", .number(ingest.answers)),
                    ("missing", .number(ingest.missing)), ("rejected", .number(ingest.rejected))
                ])
            )
        }
    }

    private var members: [(String, JSONValue)] {
        [
            ("round", .string(analysis.round)),
            ("respondents", .number(analysis.respondents)),
            ("roles", .array(analysis.roles.map(JSONValue.string))),
            ("min_group", .number(analysis.options.minGroup)),
            ("min_items", .number(analysis.options.minItems)),
            ("index", Self.summary(analysis.index)),
            ("within_role", Self.summary(analysis.withinRole)),
            (
                "dimensions",
                .array(
                    analysis.dimensions.map { item in
                        .object([("dimension", .string(item.dimension.id))] + Self.members(item.estimate))
                    })
            ),
            (
                "cells",
                .array(
                    analysis.cells.map { cell in
                        .object([
                            ("rater", .string(cell.rater)),
                            ("target", .string(cell.target)),
                            ("n", Self.count(cell.estimate)),
                            ("mean", .number(cell.estimate.mean)),
                            ("sd", .number(cell.estimate.sd)),
                            ("ci_low", .number(cell.estimate.figures?.ci?.lowerBound)),
                            ("ci_high", .number(cell.estimate.figures?.ci?.upperBound)),
                            ("strength", cell.strength.map { .string($0.rawValue) } ?? .null),
                            ("suppressed", .bool(cell.estimate.isSuppressed)),
                            ("hidden", Self.hidden(cell.estimate)),
                            ("rwg_j", .number(cell.rwgJ)),
                            (
                                "dimensions",
                                .array(
                                    cell.dimensions.map { item in
                                        .object(
                                            [("dimension", .string(item.dimension.id))] + Self.members(item.estimate))
                                    })
                            )
                        ])
                    })
            ),
            (
                "roles_summary",
                .array(
                    analysis.roleSummaries.map { role in
                        .object([
                            ("role", .string(role.role)),
                            ("respondents", .number(role.respondents)),
                            ("as_rater", Self.brief(role.asRater)),
                            ("as_target", Self.brief(role.asTarget))
                        ])
                    })
            ),
            (
                "reciprocity",
                .array(
                    analysis.reciprocityGaps.map { gap in
                        .object([
                            ("role_a", .string(gap.roleA)), ("role_b", .string(gap.roleB)), ("gap", .number(gap.gap))
                        ])
                    })
            ),
            (
                "reliability",
                .object([
                    ("cronbach_alpha", .number(analysis.reliability.cronbachAlpha)),
                    ("n", .number(analysis.reliability.n))
                ])
            ),
            (
                "agreement",
                .object([
                    ("by", .string(analysis.agreement.by)),
                    ("groups", .number(analysis.agreement.groups)),
                    ("n", .number(analysis.agreement.n)),
                    ("icc1", .number(analysis.agreement.icc1)),
                    ("icc2", .number(analysis.agreement.icc2))
                ])
            ),
            (
                "left_out",
                .object([("ties", .number(analysis.leftOut.ties)), ("answers", .number(analysis.leftOut.answers))])
            ),
            (
                "ingest",
                .object([
                    ("records", .number(ingest.records)),
                    ("answers", .number(ingest.answers)),
                    ("missing", .number(ingest.missing)),
                    ("rejected", .number(ingest.rejected)),
                    ("rows", .number(ingest.rows))
                ])
            )
        ]
    }

    static func members(_ estimate: Estimate) -> [(String, JSONValue)] {
        [
            ("n", count(estimate)), ("mean", .number(estimate.mean)), ("sd", .number(estimate.sd)),
            ("suppressed", .bool(estimate.isSuppressed)), ("hidden", hidden(estimate))
        ]
    }

    /// `n`: null for a group that answered but has none left (every answer hidden), never 0.
    static func count(_ estimate: Estimate) -> JSONValue {
        estimate.hidden == .fewerThanK && estimate.n == 0 ? .null : .number(estimate.n)
    }

    /// Why a figure is hidden: "fewer_than_k", "protects_others", or null.
    static func hidden(_ estimate: Estimate) -> JSONValue {
        estimate.hidden.map { .string($0.rawValue) } ?? .null
    }

    static func summary(_ estimate: Estimate) -> JSONValue { .object(members(estimate)) }

    static func brief(_ estimate: Estimate) -> JSONValue {
        .object([
            ("n", count(estimate)), ("mean", .number(estimate.mean)), ("suppressed", .bool(estimate.isSuppressed)),
            ("hidden", hidden(estimate))
        ])
    }
}
