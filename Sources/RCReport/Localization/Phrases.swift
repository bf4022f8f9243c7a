import RCSurvey

/// The words of rckit's reports and messages, in Danish and English.
public struct Phrases: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ da: String, _ en: String) -> String { language == .da ? da : en }

    public var focalProcess: String { pick("Fokusproces", "Focal work process") }
    public var roles: String { pick("Faggrupper", "Roles") }
    public var score: String { pick("Point", "Score") }
    public var responseOption: String { pick("Svarmulighed", "Response option") }
    public var notScored: String { pick("tæller ikke med", "not scored") }
    public var instrumentIntro: String {
        pick("Stil hvert spørgsmål for hver faggruppe i forløbet, også respondentens egen.",
             "Ask each question about every role in the process, the respondent's own included.")
    }
    public var recodedNote: String {
        pick("Svarmulighederne står i den trykte rækkefølge; pointene følger ikke rækkefølgen.",
             "Options are listed in printed order; their scores do not follow that order.")
    }
}

extension Phrases {
    public var relationalCoordination: String { pick("Relationel koordinering", "Relational coordination") }
    public var round: String { pick("Runde", "Round") }
    public var respondents: String { pick("respondenter", "respondents") }
    public var minGroup: String { pick("mindste gruppe", "minimum group") }
    public var networkIndex: String { pick("Netværksindeks (RC)", "Network RC index") }
    public var withinRoleIndex: String { pick("Inden for egen faggruppe", "Within-role index") }
    public var reliability: String { pick("Reliabilitet (Cronbachs alfa)", "Reliability (Cronbach's alpha)") }
    public var ties: String { pick("relationer", "ties") }
    public var rater: String { pick("Bedømmer", "Rater") }
    public var target: String { pick("Bedømt", "Target") }
    public var raterTarget: String { pick("Bedømmer \\ bedømt", "Rater \\ target") }
    public var dimensionProfile: String { pick("Dimensionsprofil", "Dimension profile") }
    public var dimension: String { pick("Dimension", "Dimension") }
    public var mean: String { pick("Gns.", "Mean") }
    public var sd: String { pick("Sd", "SD") }
    public var role: String { pick("Faggruppe", "Role") }
    public var asRater: String { pick("Som bedømmer", "As rater") }
    public var asTarget: String { pick("Som bedømt", "As target") }
    public var suppressed: String { pick("skjult", "suppressed") }
    public var notComputable: String { pick("kan ikke beregnes", "not computable") }
    public var reciprocity: String { pick("Største forskelle i gensidighed", "Largest reciprocity gaps") }
    public var heatmapTitle: String { pick("Relationer mellem faggrupper (gennemsnit, antal)", "Ties between roles (mean, n)") }
    public var legend: String {
        pick("▲ stærk (over %STRONG)  ■ moderat  ▼ svag (under %WEAK)  · skjult: færre end %K respondenter",
             "▲ strong (above %STRONG)  ■ moderate  ▼ weak (below %WEAK)  · suppressed: fewer than %K respondents")
    }
    public func suppressedNote(_ k: Int) -> String {
        pick("Tal bag færre end \(k) respondenter vises ikke.", "Figures resting on fewer than \(k) respondents are not shown.")
    }
    public var ingest: String { pick("Indlæst", "Read") }
    public func ingestLine(_ counts: IngestCounts) -> String {
        pick("\(counts.records) svarposter: \(counts.answers) svar, \(counts.missing) uden svar, \(counts.rejected) afvist",
             "\(counts.records) answer records: \(counts.answers) answers, \(counts.missing) missing, \(counts.rejected) rejected")
    }
}

extension Strength {
    /// A symbol that carries the strength without colour.
    public var symbol: String {
        switch self {
        case .weak: "▼"
        case .moderate: "■"
        case .strong: "▲"
        }
    }
}
