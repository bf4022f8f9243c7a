/// One segment of a segmented analysis: its value of the background variable and its own
/// analysis — that of its respondents alone, with the complementary suppression of SPEC §6.
public struct Segment: Sendable {
    /// The value (`Akut`); nil for the respondents with no value.
    public let value: String?
    /// The analysis of the segment's respondents alone, with what the complementary suppression hides.
    public let analysis: NetworkAnalysis
}

/// One segment's answers, as its respondents alone give them: the input of a segmented analysis.
public struct SegmentRound: Sendable {
    /// The value (`Akut`); nil for the respondents with no value.
    public let value: String?
    /// The round of the segment's respondents, read alone.
    public let round: RoundData
    /// Its role names by storage index (``SurveyData/storageRoles``).
    public let roles: [String]
    /// Its storage indices in display order (``SurveyData/displayOrder``); nil: storage order.
    public let order: [Int]?

    /// A segment's input: `round` read from its respondents alone, with that survey's roles.
    public init(value: String?, round: RoundData, roles: [String], order: [Int]? = nil) {
        self.value = value
        self.round = round
        self.roles = roles
        self.order = order
    }
}

/// The whole organisation beside its segments (units, sites, shifts; SPEC §6).
///
/// Each segment is analysed as its respondents alone, and then hides what the complementary
/// suppression asks (``ComplementarySuppression``), so that no segment hidden for having fewer
/// than k can be worked out as the plain analysis of everyone minus the segments that show. The
/// whole organisation takes only the data its segments show (``SegmentAdmission``), so that the
/// whole minus the segments leaves nothing.
public struct SegmentedAnalysis: Sendable {
    /// The background variable (`Afdeling`).
    public let by: String
    /// The whole organisation's analysis, resting only on the data its segments show.
    public let whole: NetworkAnalysis
    /// The segments, in segment order (as given): the order that settles which of two segments
    /// of the same size hides a figure.
    public let segments: [Segment]
    /// ICC(1) and ICC(2) of I(r) with the segment as the group, over the respondent indices of
    /// the whole organisation (which rest on shown data only).
    public let agreement: Agreement
    /// The analysis of everyone, without segments (`analyze` without `--by`).
    let plain: NetworkAnalysis

    /// Analyses `round` (the whole organisation; roles by storage index, `order` their display
    /// order) beside `segments`, each segment's own answers in segment order; `segmentOf` gives the
    /// segment (an index into `segments`) of a respondent by id, nil for none (whose data then
    /// enters nothing).
    public init(
        _ round: RoundData, roles storageRoles: [String], order: [Int]? = nil, by: String,
        segments parts: [SegmentRound], segmentOf: (String) -> Int?, options: AnalysisOptions = AnalysisOptions()
    ) {
        self.by = by
        let segmentOfRespondent = round.respondentIDs.map(segmentOf)
        plain = NetworkAnalysis(round, roles: storageRoles, order: order, options: options)
        let own = parts.map { NetworkAnalysis($0.round, roles: $0.roles, order: $0.order, options: options) }
        let hidden = ComplementarySuppression.plan(
            plain: plain, round: round, roles: storageRoles, segments: parts, own: own,
            segmentOf: segmentOfRespondent, options: options)
        segments = parts.indices.map { s in
            Segment(
                value: parts[s].value,
                analysis: hidden[s].isEmpty
                    ? own[s]
                    : NetworkAnalysis(
                        parts[s].round, roles: parts[s].roles, order: parts[s].order, options: options,
                        admission: nil, beside: hidden[s]))
        }
        let admission = SegmentAdmission(
            round: round, roles: storageRoles, segmentOfRespondent: segmentOfRespondent,
            analyses: segments.map(\.analysis))
        whole = NetworkAnalysis(round, roles: storageRoles, order: order, options: options, admission: admission)
        // Groups in the order of their values and respondents in the order of their ids, so that
        // the sums do not depend on the row order.
        var groups = Array(repeating: SummaryAccumulator(), count: segments.count)
        for r in round.canonicalOrder() {
            guard let segment = admission.segmentOfRespondent[r], segment < groups.count else { continue }
            let value = whole.respondentIndex[r]
            if !value.isNaN { groups[segment].add(value) }
        }
        let segments = self.segments
        let byValue = segments.indices.sorted {
            Array((segments[$0].value ?? "").utf8).lexicographicallyPrecedes(Array((segments[$1].value ?? "").utf8))
        }
        agreement = Agreement(groups: byValue.map { groups[$0] }, by: by, minGroup: options.minGroup)
    }
}
