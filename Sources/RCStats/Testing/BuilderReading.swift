import RCIngest
@_spi(FastPath) import RCSurvey

extension Ingestor {
    /// Reads an open CSV reader into a survey builder the way the commands read: with the fast
    /// path's coded answers, a tie's further answers a stretch at a time and a wide row at once
    /// (which the public ``read(_:surveyXact:into:unlabelledRound:reject:)`` spells out one by one
    /// for any sink), so that the fuzz targets can compare it with the general path.
    @discardableResult
    @_spi(Testing) public mutating func readBuilding(
        _ reader: inout CSVReader, into builder: inout SurveyBuilder,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        try read(&reader, translation: nil, into: &builder, reject: reject)
    }
}

extension SurveyData {
    /// What the builder gathered, as text to compare two readings by: the roles in display and
    /// storage order, and each round's respondents, their roles and every score.
    @_spi(Testing) public var fingerprint: String {
        var out = "roles \(roles), stored \(storageRoles)\n"
        for round in rounds {
            out += "round '\(round.label)': \(round.respondentIDs) \(round.raterRoles)\n"
            for r in 0..<round.respondentCount {
                for t in storageRoles.indices {
                    for d in 0..<Dimension.allCases.count {
                        if let x = round.score(respondent: r, target: t, dimension: d) {
                            out += "\(r) \(t) \(d) \(x); "
                        }
                    }
                }
            }
            out += "\n"
        }
        return out
    }
}
