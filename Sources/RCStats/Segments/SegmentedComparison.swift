import RCSurvey

/// Rounds compared for the whole organisation and for each of its segments (`compare --by`):
/// the whole organisation's consecutive rounds, each resting on the data its segments show
/// (``SegmentedAnalysis``), then each segment's own consecutive rounds, where it has
/// respondents in both of a pair.
public struct SegmentedComparison: Sendable {
    /// One segment's own rounds compared.
    public struct Segment: Sendable {
        /// The segment's value; nil for the respondents with no value.
        public var value: String?
        /// Its consecutive comparisons (a pair it is missing from is left out).
        public var comparisons: [RoundComparison]
        /// What reading gave for its respondents (its first round's counts).
        public var ingest: IngestCounts
    }

    /// The background variable (`Afdeling`).
    public let by: String
    /// Each round of the whole organisation beside its segments, in order.
    public let rounds: [SegmentedAnalysis]
    /// The whole organisation's consecutive comparisons.
    public let whole: [RoundComparison]
    /// The segments that have two compared rounds, in the order they first appear.
    public let segments: [Segment]

    /// Compares `rounds` (each the whole organisation beside its segments), whose segments' reading
    /// counts are `counts[round][segment]`.
    public init(rounds: [SegmentedAnalysis], counts: [[IngestCounts]]) {
        self.rounds = rounds
        by = rounds.first?.by ?? ""
        let wholes = rounds.map(\.whole)
        whole = zip(wholes, wholes.dropFirst()).map { RoundComparison(before: $0, after: $1) }
        var values: [String?] = []
        for round in rounds {
            for segment in round.segments where !values.contains(where: { $0 == segment.value }) {
                values.append(segment.value)
            }
        }
        segments = values.compactMap { value in
            let own = rounds.indices.map { index in
                rounds[index].segments.firstIndex { $0.value == value }.map { position in
                    (
                        rounds[index].segments[position].analysis,
                        position < counts[index].count ? counts[index][position] : IngestCounts()
                    )
                }
            }
            let comparisons = zip(own, own.dropFirst()).compactMap { pair -> RoundComparison? in
                guard let before = pair.0?.0, let after = pair.1?.0 else { return nil }
                return RoundComparison(before: before, after: after)
            }
            guard !comparisons.isEmpty else { return nil }
            return Segment(
                value: value, comparisons: comparisons, ingest: own.compactMap { $0?.1 }.first ?? IngestCounts())
        }
    }
}
