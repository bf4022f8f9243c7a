import RCStats
import RCSurvey

/// The `analyze --format json` document (SPEC §5). Suppressed figures are null; they are
/// not in the analysis to begin with.
public struct AnalysisJSON: Sendable {
    public var analysis: NetworkAnalysis
    public var ingest: IngestCounts

    public init(analysis: NetworkAnalysis, ingest: IngestCounts) {
        self.analysis = analysis
        self.ingest = ingest
    }

    public func render() -> String { value.serialized() }

    public var value: JSONValue {
        .object([
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
                            ("n", .number(cell.estimate.n)),
                            ("mean", .number(cell.estimate.mean)),
                            ("sd", .number(cell.estimate.sd)),
                            ("ci_low", .number(cell.estimate.figures?.ci?.lowerBound)),
                            ("ci_high", .number(cell.estimate.figures?.ci?.upperBound)),
                            ("strength", cell.strength.map { .string($0.rawValue) } ?? .null),
                            ("suppressed", .bool(cell.estimate.isSuppressed)),
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
        ])
    }

    static func members(_ estimate: Estimate) -> [(String, JSONValue)] {
        [
            ("n", .number(estimate.n)), ("mean", .number(estimate.mean)), ("sd", .number(estimate.sd)),
            ("suppressed", .bool(estimate.isSuppressed))
        ]
    }

    static func summary(_ estimate: Estimate) -> JSONValue { .object(members(estimate)) }

    static func brief(_ estimate: Estimate) -> JSONValue {
        .object([
            ("n", .number(estimate.n)), ("mean", .number(estimate.mean)), ("suppressed", .bool(estimate.isSuppressed))
        ])
    }
}
