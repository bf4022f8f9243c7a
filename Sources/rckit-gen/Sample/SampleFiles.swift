import RCSurvey

/// The files of the worked example, rendered from a `SampleSurvey` as exact bytes.
struct SampleFiles: Sendable {
    var survey: SampleSurvey
    var instrument: Instrument

    static let tidyHeader = ["respondent", "round", "rater_role", "target_role", "dimension", "value"]

    /// The file names and contents, in the order they are written.
    func render() throws(GeneratorError) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for round in survey.rounds {
            files.append(("forstuegang-\(SampleFiles.fileLabel(round.label)).csv", Array(tidy(round).utf8)))
        }
        files.append(
            ("forstuegang-\(SampleFiles.fileLabel(survey.rounds[0].label))-export.csv", try export(survey.rounds[0])))
        files.append(("forstuegang-instrument.json", Array(instrument.jsonValue.serialized().utf8)))
        files.append(("README.md", Array(SampleReadme(survey: survey).render().utf8)))
        return files
    }

    /// `før` → `foer`: file names stay ASCII.
    static func fileLabel(_ round: String) -> String {
        round.replacingOccurrences(of: "ø", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "å", with: "aa")
    }

    /// The round in tidy long form (SPEC §2): UTF-8, LF, missing answers as their Danish
    /// label, blanks as an empty value.
    func tidy(_ round: SampleRound) -> String {
        let csv = CSVRecord.tidy
        var out = csv.line(SampleFiles.tidyHeader)
        for respondent in round.respondents {
            let rater = ForstuegangDesign.roles[respondent.role].name
            for (target, answers) in respondent.responses.enumerated() {
                let targetName = ForstuegangDesign.roles[target].name
                for (dimension, response) in zip(Dimension.allCases, answers) {
                    out += csv.line([respondent.id, round.label, rater, targetName, dimension.id, tidyValue(response)])
                }
            }
        }
        return out
    }

    /// The round as a Danish survey tool exports it: Windows-1252, semicolons, CRLF, one row
    /// per respondent, a column per (dimension, target role) with the answers as labels.
    func export(_ round: SampleRound) throws(GeneratorError) -> [UInt8] {
        let csv = CSVRecord(delimiter: ";", lineEnd: "\r\n")
        var header = ["Respondent-id", "Faggruppe"]
        for dimension in Dimension.allCases {
            for role in ForstuegangDesign.roles {
                header.append("\(dimension.label(.da)) - \(role.name)")
            }
        }
        var out = csv.line(header)
        for respondent in round.respondents {
            var row = [respondent.id, ForstuegangDesign.roles[respondent.role].name]
            for (d, dimension) in Dimension.allCases.enumerated() {
                for target in ForstuegangDesign.roles.indices {
                    row.append(exportValue(respondent.responses[target][d], dimension: dimension))
                }
            }
            out += csv.line(row)
        }
        guard let bytes = Windows1252.encode(out) else {
            throw .output(path: "export", reason: "a label has a character Windows-1252 cannot encode")
        }
        return bytes
    }

    private func tidyValue(_ response: SampleResponse) -> String {
        switch response {
        case let .score(value): String(value)
        case .dontKnow: "Ved ikke"
        case .notRelevant: "Ikke relevant"
        case .blank: ""
        }
    }

    private func exportValue(_ response: SampleResponse, dimension: Dimension) -> String {
        guard case let .score(value) = response else { return tidyValue(response) }
        let option = instrument.scale(for: dimension)?.options.first { $0.score == Double(value) }
        return option?.label.text(.da) ?? String(value)
    }
}
