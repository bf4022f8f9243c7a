import RCStats
import RCSurvey

/// The words of the report's story page, the verdict rule and the grouped "could not compare".
extension Phrases {
    func andMore(_ count: Int) -> String { pick("… og \(count) flere", "… and \(count) more") }

    /// The heading of a group of ties that could not be compared, with the reason said once.
    func uncomparedHeading(_ reason: ReportStory.Uncompared.Reason, k: Int) -> String {
        switch reason {
        case .tooFew:
            pick(
                "Kunne ikke sammenlignes, fordi en af runderne har færre end \(k) svar (antal før→efter)",
                "Could not be compared because a round has fewer than \(k) answers (number before→after)")
        case .noAnswers:
            pick(
                "Kunne ikke sammenlignes, fordi en af runderne ingen svar har (antal før→efter)",
                "Could not be compared because a round has no answers (number before→after)")
        case .hiddenBesideOthers:
            pick(
                "Kunne ikke sammenlignes, fordi relationen er skjult i en af runderne, så en mindre gruppe ikke kan regnes ud (antal før→efter)",
                "Could not be compared because the tie is hidden in a round so that a smaller group cannot be worked out (number before→after)"
            )
        }
    }

    /// Why the paired test and the verdict disagree, in one sentence.
    func pairedWhy(pairedReliable: Bool) -> String {
        pairedReliable
            ? pick(
                "Den parrede test følger de samme personer og ser derfor mindre ændringer; rapportens dom bygger på alle respondenter i begge runder (Welch), som alle andre tal i rapporten, og den finder ikke ændringen sikker.",
                "The paired test follows the same people and so detects smaller changes; the report's verdict rests on all respondents of both rounds (Welch), like every other figure in the report, and that does not find the change reliable."
            )
            : pick(
                "Den parrede test bygger kun på dem, der svarede begge gange, og finder ikke ændringen sikker; rapportens dom bygger på alle respondenter i begge runder (Welch), som alle andre tal i rapporten.",
                "The paired test rests only on those who answered both times and does not find the change reliable; the report's verdict rests on all respondents of both rounds (Welch), like every other figure in the report."
            )
    }

    /// The verdict rule, once and plainly.
    var verdictRule: String {
        pick(
            "Sådan læses ændringerne: en ændring kaldes sikker (↑ bedre, ↓ dårligere), når den næppe skyldes tilfældigheder: Welchs t-test, korrigeret for, hvor mange ting der testes på én gang (Benjamini–Hochberg), giver under 0,05. Relationerne korrigeres som én gruppe, de syv dimensioner som en anden; netværksindekset er én test. ▲ ■ ▼ angiver derimod en relations styrke (stærk, moderat, svag) i én runde.",
            "How to read the changes: a change is called reliable (↑ better, ↓ worse) when it is unlikely to be chance: Welch's t-test, corrected for how many things are tested at once (Benjamini–Hochberg), gives below 0.05. The ties are corrected as one family, the seven dimensions as another; the network index is a single test. ▲ ■ ▼ instead give a tie's strength (strong, moderate, weak) in one round."
        )
    }

    var storyTitle: String { pick("Det vigtigste", "The story") }
    var storyImproved: String { pick("Det er blevet sikkert bedre", "What improved reliably") }
    var storyDeclined: String { pick("Det er blevet sikkert dårligere", "What declined reliably") }
    var storyNoDeclines: String {
        pick("Ingen relationer er blevet sikkert dårligere.", "No tie declined reliably.")
    }
    var storyNoImprovements: String {
        pick("Ingen relationer er blevet sikkert bedre.", "No tie improved reliably.")
    }
    var storyDiscussion: String {
        pick(
            "Store ændringer, der ikke er sikre (til drøftelse)", "Large changes that are not reliable (for discussion)"
        )
    }
    var storyDiscussionNote: String {
        pick(
            "Kan være tilfældige; brug dem som spørgsmål, ikke som konklusioner.",
            "They may be chance; use them as questions, not conclusions.")
    }
    var storyStrongest: String { pick("Stærkeste relationer nu", "Strongest ties now") }
    var storyWeakest: String { pick("Svageste relationer nu", "Weakest ties now") }
    var storyWholeNetwork: String { pick("Hele netværket", "The whole network") }

    /// «Sygeplejerske om Læge»: how the rater rates the target, in words.
    func rates(_ rater: String, _ target: String) -> String {
        pick("\(rater) om \(target)", "\(rater) on \(target)")
    }

    /// A tie's change as a sentence a ward manager understands.
    func tieChange(_ rater: String, _ target: String, from: String, to: String, by: String) -> String {
        pick(
            "\(rater) vurderer relationen til \(target) fra \(from) til \(to) (\(by)).",
            "\(rater) rates the tie to \(target) from \(from) to \(to) (\(by)).")
    }

    /// A tie now as a sentence.
    func tieNow(_ rater: String, _ target: String, mean: String, strength: String, n: Int) -> String {
        pick(
            "\(rater) vurderer relationen til \(target) til \(mean) (\(strength), n=\(n)).",
            "\(rater) rates the tie to \(target) at \(mean) (\(strength), n=\(n)).")
    }

    /// The network index and its verdict as a sentence.
    func indexSentence(from: String, to: String, by: String, verdict: ChangeVerdicts.Verdict, p: String?)
        -> String
    {
        let judged: String
        switch verdict {
        case .improved: judged = pick("en sikker forbedring", "a reliable improvement")
        case .declined: judged = pick("en sikker forværring", "a reliable decline")
        case .untested: judged = pick("uden spredning, så uden test", "with no spread, so not tested")
        default: judged = pick("ikke en sikker ændring", "not a reliable change")
        }
        let pText = p.map { ", p \($0)" } ?? ""
        return pick(
            "Netværksindekset (RC) gik fra \(from) til \(to) (\(by)\(pText)): \(judged).",
            "The network RC index went from \(from) to \(to) (\(by)\(pText)): \(judged).")
    }

    func dimensionsSentence(improved: [String], declined: [String]) -> String {
        switch (improved.isEmpty, declined.isEmpty) {
        case (true, true):
            return pick(
                "Ingen af de syv dimensioner ændrede sig sikkert.", "None of the seven dimensions changed reliably.")
        case (false, true):
            return pick(
                "Sikkert bedre dimensioner: \(improved.joined(separator: ", ")).",
                "Dimensions reliably better: \(improved.joined(separator: ", ")).")
        case (true, false):
            return pick(
                "Sikkert dårligere dimensioner: \(declined.joined(separator: ", ")).",
                "Dimensions reliably worse: \(declined.joined(separator: ", ")).")
        case (false, false):
            return pick(
                "Sikkert bedre dimensioner: \(improved.joined(separator: ", ")); sikkert dårligere: \(declined.joined(separator: ", ")).",
                "Dimensions reliably better: \(improved.joined(separator: ", ")); reliably worse: \(declined.joined(separator: ", "))."
            )
        }
    }

    /// Under a later round's index: its change from the round before and the verdict.
    func indexChangeSince(_ round: String, difference: String, verdict: ChangeVerdicts.Verdict) -> String {
        let judged: String
        switch verdict {
        case .improved, .declined: judged = pick("en sikker ændring", "a reliable change")
        case .untested: judged = pick("ingen test", "no test")
        default: judged = pick("ikke en sikker ændring", "not a reliable change")
        }
        return pick(
            "\(difference) siden \(round): \(judged) \(verdict.symbol)",
            "\(difference) since \(round): \(judged) \(verdict.symbol)"
        )
        .trimmingCharacters(in: .whitespaces)
    }

    var handoutNote: String {
        pick(
            "Uddrag til workshoppen; hele rapporten har alle kort, tal og metoden.",
            "Handout for the workshop; the full report has every map, figure and the methods.")
    }

    // Interaction (the script's controls; absent without script).
    var reliableOnly: String { pick("Vis kun sikre ændringer", "Show reliable changes only") }
    var sortByIndex: String { pick("Sortér faggrupper efter indeks", "Sort roles by index") }
    var clearFocus: String { pick("Vis alle faggrupper", "Show all roles") }
    var dimensionSwitch: String { pick("Dimension", "Dimension") }
    var clickRoleHint: String {
        pick(
            "Klik eller tryk på en faggruppe for at fremhæve dens række og kolonne i alle kort; Esc viser alle igen.",
            "Click or tap a role to highlight its row and column in every map; Esc shows all again.")
    }
    func networkShown(strongest: Int, weakest: Int, total: Int) -> String {
        pick(
            "Kortet viser de \(strongest) stærkeste og de \(weakest) svageste af \(total) viste relationer; varmekortet har dem alle.",
            "The map shows the \(strongest) strongest and the \(weakest) weakest of \(total) shown ties; the heat map has them all."
        )
    }
    var networkClick: String {
        pick(
            "Klik på en faggruppe for kun at se alle dens relationer (til og fra).",
            "Click a role to see all of its ties (to and from) only.")
    }
    func groupsOfAtLeast(_ k: Int) -> String {
        pick("tal vises kun for grupper på mindst \(k)", "figures shown only for groups of at least \(k)")
    }
}
