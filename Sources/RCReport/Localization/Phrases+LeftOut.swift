import RCIngest
import RCSurvey

/// What an output says of the answers `--accept-rejects` left out: how many, and why.
extension Phrases {
    var leftOutTitle: String { pick("Udeladt", "Left out") }

    /// "196 rejected answer records: 196 repeated answers, …"; nil when none were left out.
    func leftOutLine(_ summary: RejectionSummary) -> String? {
        guard !summary.isEmpty else { return nil }
        let reasons = summary.groups.map { "\($0.count) × \(rejectionKind($0.kind))" }.joined(separator: ", ")
        return pick(
            "\(summary.total) afviste svarposter er ikke med i analysen (--accept-rejects): \(reasons)",
            "\(summary.total) rejected answer records are left out of the analysis (--accept-rejects): \(reasons)")
    }

    /// What a kind of rejection is, in a few words.
    func rejectionKind(_ kind: RejectionKind) -> String {
        switch kind {
        case .noRespondent: pick("intet respondent-id", "no respondent id")
        case .noRaterRole: pick("respondentens egen faggruppe mangler", "no role of the respondent's own")
        case .unknownRole: pick("en faggruppe, instrumentet ikke har", "a role the instrument does not have")
        case .noTargetRole: pick("ingen faggruppe, der svares om", "no target role")
        case .unknownDimension: pick("en ukendt dimension", "an unknown dimension")
        case .invalidValue:
            pick(
                "et svar, der ikke er en af spørgsmålets svarmuligheder",
                "an answer that is not an option of its question")
        case .repeatedAnswer: pick("et gentaget svar", "a repeated answer")
        case .conflictingRole: pick("en respondent med en anden faggruppe", "a respondent given a second role")
        case .other: pick("en anden grund", "another reason")
        }
    }
}

extension ResultContext {
    /// `document` with what `--accept-rejects` left out under `ingest` (`rejected_by_reason`, most
    /// frequent first), or as it is when nothing was.
    func addingLeftOut(to document: JSONValue) -> JSONValue {
        guard !leftOut.isEmpty, case let .object(members) = document else { return document }
        let reasons = JSONValue.array(
            leftOut.groups.map { .object([("reason", .string($0.kind.rawValue)), ("count", .number($0.count))]) })
        return .object(
            members.map { key, value in
                guard key == "ingest", case let .object(counts) = value else { return (key, value) }
                return (key, .object(counts + [("rejected_by_reason", reasons)]))
            })
    }

    /// The line a text output ends with when `--accept-rejects` left answers out (empty otherwise).
    func leftOutText(markdown: Bool) -> String {
        guard let line = Phrases(language: language).leftOutLine(leftOut) else { return "" }
        return markdown ? "\n> \(line)\n" : "\n\(line)\n"
    }
}
