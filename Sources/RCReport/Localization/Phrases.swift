import RCSurvey

/// The words of rckit's reports and messages, in Danish and English.
public struct Phrases: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    func pick(_ da: String, _ en: String) -> String { language == .da ? da : en }

    public var focalProcess: String { pick("Fokusproces", "Focal work process") }
    public var roles: String { pick("Faggrupper", "Roles") }
    public var score: String { pick("Point", "Score") }
    public var responseOption: String { pick("Svarmulighed", "Response option") }
    public var notScored: String { pick("tæller ikke med", "not scored") }
    public var instrumentIntro: String {
        pick(
            "Stil hvert spørgsmål for hver faggruppe i forløbet, også respondentens egen.",
            "Ask each question about every role in the process, the respondent's own included.")
    }
    public var recodedNote: String {
        pick(
            "Svarmulighederne står i den trykte rækkefølge; pointene følger ikke rækkefølgen.",
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
    public var heatmapTitle: String {
        pick("Relationer mellem faggrupper (gennemsnit, antal)", "Ties between roles (mean, n)")
    }
    public var legend: String {
        pick(
            "▲ stærk (over %STRONG)  ■ moderat  ▼ svag (under %WEAK)  · skjult: færre end %K respondenter (<%K)",
            "▲ strong (above %STRONG)  ■ moderate  ▼ weak (below %WEAK)  · suppressed: fewer than %K respondents (<%K)")
    }
    public func suppressedNote(_ k: Int) -> String {
        pick(
            "Tal bag færre end \(k) respondenter vises ikke.",
            "Figures resting on fewer than \(k) respondents are not shown.")
    }
    public var ingest: String { pick("Indlæst", "Read") }
    public func ingestLine(_ counts: IngestCounts) -> String {
        pick(
            "\(counts.records) svarposter: \(counts.answers) svar, \(counts.missing) uden svar, \(counts.rejected) afvist",
            "\(counts.records) answer records: \(counts.answers) answers, \(counts.missing) missing, \(counts.rejected) rejected"
        )
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

extension Phrases {
    public var comparisonTitle: String { pick("Før og efter", "Before and after") }
    public var changeHeatmapTitle: String {
        pick("Ændring pr. relation (efter − før)", "Change per tie (after − before)")
    }
    public var changeLegend: String {
        pick(
            "↑ sikker forbedring  ↓ sikker forværring (q < 0,05, Benjamini–Hochberg)  · kan ikke sammenlignes",
            "↑ reliable improvement  ↓ reliable decline (q < 0.05, Benjamini–Hochberg)  · not comparable")
    }
    public var summaryTitle: String { pick("Opsummering til workshoppen", "Summary for the workshop") }
    public var improvements: String { pick("Sikre forbedringer", "Reliable improvements") }
    public var declines: String { pick("Sikre forværringer", "Reliable declines") }
    public var noReliableChange: String {
        pick("Ingen relationer ændrede sig sikkert (q < 0,05).", "No tie changed reliably (q < 0.05).")
    }
    public var notCompared: String { pick("Kunne ikke sammenlignes", "Could not be compared") }
    /// A measure that moved but has no spread in either round, so no test can be made.
    public var noSpreadTitle: String {
        pick(
            "Ændret, men uden spredning i nogen af runderne (alle svarede ens): ingen test",
            "Changed, but with no spread in either round (everyone answered alike): no test")
    }
    public var noSpreadNoTest: String { pick("ingen spredning: ingen test", "no spread: no test") }
    public var ci95: String { pick("95 % KI", "95% CI") }
    public var to: String { pick("til", "to") }
    public var paired: String { pick("Parret test på", "Paired test on") }
    public var matchedRespondents: String {
        pick("respondenter, der svarede begge gange", "respondents who answered both times")
    }
    /// `before`, `after`: the counts as ``count(_:k:)`` shows them ("<3" for a hidden group).
    public func tooFew(_ before: String, _ after: String, _ k: Int) -> String {
        pick(
            "for få svar (før \(before), efter \(after); mindst \(k) i hver runde)",
            "too few answers (before \(before), after \(after); at least \(k) in each round)")
    }
    public func noAnswers(_ before: String, _ after: String) -> String {
        pick(
            "ingen svar i en af runderne (før \(before), efter \(after))",
            "no answers in one of the rounds (before \(before), after \(after))")
    }
    public var significant: String { pick("sikker ændring", "reliable change") }
    public var notSignificant: String { pick("ikke sikker", "not reliable") }
    public var difference: String { pick("Forskel", "Difference") }
    public var before: String { pick("Før", "Before") }
    public var after: String { pick("Efter", "After") }
    public var trendTitle: String { pick("Udvikling over runderne", "Trend across rounds") }
}
