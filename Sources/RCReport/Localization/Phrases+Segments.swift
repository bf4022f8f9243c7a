import RCStats
import RCSurvey

extension Phrases {
    var wholeOrganisation: String { pick("Hele organisationen", "Whole organisation") }
    var noValue: String { pick("(uden værdi)", "(no value)") }
    var segmentAgreementTitle: String { pick("Enighed inden for segmenter", "Agreement within segments") }

    /// `Afdeling: Akut`, or `Afdeling: (uden værdi)`.
    func segmentTitle(by: String, value: String?) -> String {
        "\(by): \(value ?? noValue)"
    }

    /// What the whole organisation rests on beside its segments.
    func wholeRestsOnSegments(by: String) -> String {
        pick(
            "Hele organisationen bygger kun på svar i de celler, segmenterne (\(by)) viser, så intet skjult tal i et segment kan regnes ud ved at trække de viste fra helheden.",
            "The whole organisation rests only on answers in cells its segments (\(by)) show, so no hidden figure of a segment can be worked out by subtracting the shown ones from the whole."
        )
    }

    /// ICC(1) and ICC(2) of the respondent index with the segment as the group.
    func segmentAgreementLine(_ agreement: Agreement) -> String {
        guard let icc1 = agreement.icc1, let icc2 = agreement.icc2 else {
            return pick(
                "ICC efter \(agreement.by): kan ikke beregnes (\(agreement.groups) grupper, \(language.formatCount(agreement.n)) respondenter).",
                "ICC by \(agreement.by): not computable (\(agreement.groups) groups, \(language.formatCount(agreement.n)) respondents)."
            )
        }
        return pick(
            "ICC(1) efter \(agreement.by): \(language.format(icc1)); ICC(2): \(language.format(icc2)) (\(agreement.groups) grupper, \(language.formatCount(agreement.n)) respondenter).",
            "ICC(1) by \(agreement.by): \(language.format(icc1)); ICC(2): \(language.format(icc2)) (\(agreement.groups) groups, \(language.formatCount(agreement.n)) respondents)."
        )
    }
}

extension Phrases {
    var segmentsSection: String { pick("Segmenter", "Segments") }
    var versusWhole: String { pick("forskel fra hele organisationen", "difference from the whole organisation") }
    var segmentProfileTitle: String { pick("Dimensionsprofil pr. segment", "Dimension profile by segment") }
}

extension Phrases {
    var heatmapSheet: String { pick("Varmekort", "Heat map") }

    /// The workbook's note on hidden cells.
    func hiddenBelow(_ minGroup: Int) -> String {
        pick(
            "Skraveret: skjult, hviler på færre end \(minGroup) respondenter",
            "Hatched: hidden, rests on fewer than \(minGroup) respondents")
    }
}

extension Phrases {
    var changeSheet: String { pick("Ændring", "Change") }
}

extension Phrases {
    var responseRates: String { pick("Svarprocent pr. faggruppe", "Response rate by role") }
    var responseRate: String { pick("Svarprocent", "Response rate") }
    var invited: String { pick("inviterede", "invited") }
    var ofInvited: String { pick("af", "of") }
    var total: String { pick("I alt", "Total") }
}
