/// One segment of a segmented analysis: its value of the background variable and its own
/// analysis, exactly what an analysis of its respondents alone gives.
public struct Segment: Sendable {
    /// The value (`Akut`); nil for the respondents with no value.
    public let value: String?
    public let analysis: NetworkAnalysis

    public init(value: String?, analysis: NetworkAnalysis) {
        self.value = value
        self.analysis = analysis
    }
}

/// The whole organisation beside its segments (units, sites, shifts; SPEC §6).
///
/// Each segment is analysed alone (``Segment/analysis``: the same suppression as an analysis
/// of its respondents only). The whole organisation takes only the data its segments show
/// (``SegmentAdmission``), so that no hidden segment cell can be worked out from the whole and
/// the shown segments; its own suppression then applies on top.
public struct SegmentedAnalysis: Sendable {
    /// The background variable (`Afdeling`).
    public let by: String
    public let whole: NetworkAnalysis
    public let segments: [Segment]
    /// ICC(1) and ICC(2) of I(r) with the segment as the group, over the respondent indices of
    /// the whole organisation (which rest on shown data only).
    public let agreement: Agreement

    /// Analyses `round` (the whole organisation) beside `segments`, the segments' own analyses;
    /// `segmentOf` gives the segment (an index into `segments`) of a respondent by id, nil for
    /// none (whose data then enters nothing).
    public init(
        _ round: RoundData, roles storageRoles: [String], order: [Int]? = nil, by: String, segments: [Segment],
        segmentOf: (String) -> Int?, options: AnalysisOptions = AnalysisOptions()
    ) {
        self.by = by
        self.segments = segments
        let admission = SegmentAdmission(
            round: round, roles: storageRoles, segmentOf: segmentOf, analyses: segments.map(\.analysis))
        whole = NetworkAnalysis(round, roles: storageRoles, order: order, options: options, admission: admission)
        // Groups in the order of their values and respondents in the order of their ids, so that
        // the sums do not depend on the row order.
        var groups = Array(repeating: SummaryAccumulator(), count: segments.count)
        for r in round.canonicalOrder() {
            guard let segment = admission.segmentOfRespondent[r], segment < groups.count else { continue }
            let value = whole.respondentIndex[r]
            if !value.isNaN { groups[segment].add(value) }
        }
        let byValue = segments.indices.sorted {
            Array((segments[$0].value ?? "").utf8).lexicographicallyPrecedes(Array((segments[$1].value ?? "").utf8))
        }
        agreement = Agreement(groups: byValue.map { groups[$0] }, by: by, minGroup: options.minGroup)
    }
}
