import RCStats
import RCSurvey

/// The words of rckit's reports and messages, in Danish and English.
struct Phrases: Sendable {
    var language: Language

    func pick(_ da: String, _ en: String) -> String { language == .da ? da : en }

    var focalProcess: String { pick("Fokusproces", "Focal work process") }
    var roles: String { pick("Faggrupper", "Roles") }
    var score: String { pick("Point", "Score") }
    var responseOption: String { pick("Svarmulighed", "Response option") }
    var notScored: String { pick("tæller ikke med", "not scored") }
    var instrumentIntro: String {
        pick(
            "Stil hvert spørgsmål for hver faggruppe i forløbet, også respondentens egen.",
            "Ask each question about every role in the process, the respondent's own included.")
    }
    var recodedNote: String {
        pick(
            "Svarmulighederne står i den trykte rækkefølge; pointene følger ikke rækkefølgen.",
            "Options are listed in printed order; their scores do not follow that order.")
    }
}

extension Phrases {
    var relationalCoordination: String { pick("Relationel koordinering", "Relational coordination") }
    var round: String { pick("Runde", "Round") }
    var respondents: String { pick("respondenter", "respondents") }
    var minGroup: String { pick("mindste gruppe", "minimum group") }
    var networkIndex: String { pick("Netværksindeks (RC)", "Network RC index") }
    var withinRoleIndex: String { pick("Inden for egen faggruppe", "Within-role index") }
    var reliability: String { pick("Reliabilitet (Cronbachs alfa)", "Reliability (Cronbach's alpha)") }
    var ties: String { pick("relationer", "ties") }
    var rater: String { pick("Bedømmer", "Rater") }
    var target: String { pick("Bedømt", "Target") }
    var raterTarget: String { pick("Bedømmer \\ bedømt", "Rater \\ target") }
    var dimensionProfile: String { pick("Dimensionsprofil", "Dimension profile") }
    var dimension: String { pick("Dimension", "Dimension") }
    var mean: String { pick("Gns.", "Mean") }
    var sd: String { pick("Sd", "SD") }
    var role: String { pick("Faggruppe", "Role") }
    var asRater: String { pick("Som bedømmer", "As rater") }
    var asTarget: String { pick("Som bedømt", "As target") }
    var suppressed: String { pick("skjult", "suppressed") }
    var notComputable: String { pick("kan ikke beregnes", "not computable") }
    var reciprocity: String { pick("Største forskelle i gensidighed", "Largest reciprocity gaps") }
    var heatmapTitle: String {
        pick("Relationer mellem faggrupper (gennemsnit, antal)", "Ties between roles (mean, n)")
    }
    var legend: String {
        pick(
            "▲ stærk (over %STRONG)  ■ moderat  ▼ svag (under %WEAK)  · skjult: færre end %K respondenter (<%K)",
            "▲ strong (above %STRONG)  ■ moderate  ▼ weak (below %WEAK)  · suppressed: fewer than %K respondents (<%K)")
    }
    func suppressedNote(_ k: Int) -> String {
        pick(
            "Tal bag færre end \(k) respondenter vises ikke.",
            "Figures resting on fewer than \(k) respondents are not shown.")
    }
    var ingest: String { pick("Indlæst", "Read") }
    func ingestLine(_ counts: IngestCounts) -> String {
        let f = language.formatCount
        return pick(
            "\(f(counts.records)) svarposter: \(f(counts.answers)) svar, \(f(counts.missing)) uden svar, \(f(counts.rejected)) afvist",
            "\(f(counts.records)) answer records: \(f(counts.answers)) answers, \(f(counts.missing)) missing, \(f(counts.rejected)) rejected"
        )
    }
}

extension Strength {
    /// A symbol that carries the strength without colour.
    var symbol: String {
        switch self {
        case .weak: "▼"
        case .moderate: "■"
        case .strong: "▲"
        }
    }
}

extension Phrases {
    var comparisonTitle: String { pick("Før og efter", "Before and after") }
    var changeHeatmapTitle: String {
        pick("Ændring pr. relation (efter − før)", "Change per tie (after − before)")
    }
    /// The change maps' legend in tables: what ↑/↓ mean (δ printed as `delta`).
    func changeLegend(delta: String) -> String {
        pick(
            "↑ tydelig forbedring  ↓ tydelig forværring (q < 0,05, Benjamini–Hochberg, og mindst \(delta))  · kan ikke sammenlignes",
            "↑ clear improvement  ↓ clear decline (q < 0.05, Benjamini–Hochberg, and at least \(delta))  · not comparable"
        )
    }
    var summaryTitle: String { pick("Opsummering til workshoppen", "Summary for the workshop") }
    var improvements: String { pick("Tydelige forbedringer", "Clear improvements") }
    var declines: String { pick("Tydelige forværringer", "Clear declines") }
    var noClearChange: String { pick("Ingen relationer ændrede sig tydeligt.", "No tie changed clearly.") }
    /// The summary's count of reliable tie changes below δ (`up` improvements, `down` declines).
    func smallChanges(up: Int, down: Int, delta: String) -> String {
        pick(
            "Små, men reelle ændringer (q < 0,05, men under \(delta)): \(language.formatCount(up)) forbedringer, \(language.formatCount(down)) forværringer — ikke listet",
            "Small but reliable changes (q < 0.05, but under \(delta)): \(language.formatCount(up)) improvements, \(language.formatCount(down)) declines — not listed"
        )
    }
    var notCompared: String { pick("Kunne ikke sammenlignes", "Could not be compared") }
    /// A measure that moved but has no spread in either round, so no test can be made.
    var noSpreadTitle: String {
        pick(
            "Ændret, men uden spredning i nogen af runderne (alle svarede ens): ingen test",
            "Changed, but with no spread in either round (everyone answered alike): no test")
    }
    var noSpreadNoTest: String { pick("ingen spredning: ingen test", "no spread: no test") }
    var ci95: String { pick("95 % KI", "95% CI") }
    var to: String { pick("til", "to") }
    /// The paired test's line in the summaries.
    func pairedTest(_ count: Int) -> String {
        pick(
            "Parret test på \(language.formatCount(count)) respondenter med samme id og faggruppe i begge runder",
            "Paired test on \(language.formatCount(count)) respondents with the same id and role in both rounds")
    }
    /// `before`, `after`: the counts as ``count(_:k:)`` shows them ("<3" for a hidden group).
    func tooFew(_ before: String, _ after: String, _ k: Int) -> String {
        pick(
            "for få svar (før \(before), efter \(after); mindst \(k) i hver runde)",
            "too few answers (before \(before), after \(after); at least \(k) in each round)")
    }
    func noAnswers(_ before: String, _ after: String) -> String {
        pick(
            "ingen svar i en af runderne (før \(before), efter \(after))",
            "no answers in one of the rounds (before \(before), after \(after))")
    }
    /// A verdict in a few words, for summaries and tooltips.
    func verdictWords(_ verdict: ChangeVerdict) -> String {
        switch verdict {
        case .improved: pick("tydelig forbedring", "clear improvement")
        case .declined: pick("tydelig forværring", "clear decline")
        case .small: pick("lille, men reel", "small but reliable")
        case .untested: pick("ingen spredning: ingen test", "no spread: no test")
        case .unclear, .notCompared: pick("ikke tydelig", "not clear")
        }
    }
    var difference: String { pick("Forskel", "Difference") }
    var before: String { pick("Før", "Before") }
    var after: String { pick("Efter", "After") }
    var trendTitle: String { pick("Udvikling over runderne", "Trend across rounds") }
    func trendLegend(delta: String) -> String {
        pick(
            "↑ ↓ tydelig ændring fra runden før (indekset: p < 0,05; dimensionerne: q < 0,05, Benjamini–Hochberg; og mindst \(delta))",
            "↑ ↓ clear change from the round before (index: p < 0.05; dimensions: q < 0.05, Benjamini–Hochberg; and at least \(delta))"
        )
    }
}
