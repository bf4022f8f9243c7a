import RCStats
import RCSurvey

/// How hidden figures read (SPEC §3): a group that answered but is hidden is "fewer than k" in
/// every output — never "0" or "no answers", even when every one of its answers was left out.
extension Phrases {
    /// An estimate's n as a table cell shows it: the count, or "<k" for a group that answered
    /// but rests on fewer than k.
    func count(_ estimate: Estimate, k: Int) -> String {
        estimate.hidden == .fewerThanK ? "<\(k)" : language.formatCount(estimate.n)
    }

    /// An estimate's n in a sentence or a title: "n=12", "færre end 3" / "fewer than 3", or the
    /// n of a segment's figure hidden beside a smaller one.
    func countPhrase(_ estimate: Estimate, k: Int) -> String {
        switch estimate.hidden {
        case .fewerThanK?: fewerThan(k)
        case .protectsOthers?: "n=\(language.formatCount(estimate.n)), \(hiddenBesideOthers)"
        case nil: estimate.hasNoAnswers ? noAnswersShort : "n=\(language.formatCount(estimate.n))"
        }
    }

    /// Why a segment of at least k respondents shows no tie: no tie has k respondents of one role
    /// who answered at least `items` of its questions that can be shown.
    func noTieReachesK(_ respondents: Int, k: Int, items: Int) -> String {
        pick(
            "Her er \(language.formatCount(respondents)) respondenter, men ingen relation har mindst \(k) fra samme faggruppe, "
                + "der har besvaret mindst \(items) af de spørgsmål om den, som kan vises; derfor har indekset og kortet ingen tal.",
            "There are \(language.formatCount(respondents)) respondents here, but no tie has at least \(k) of one role who "
                + "answered at least \(items) of its questions that can be shown, so the index and the map show no figure."
        )
    }

    /// Why a segment of at least k respondents shows no tie when its questions are hidden beside
    /// a smaller segment (§6).
    func noTieBesideOthers(_ respondents: Int) -> String {
        pick(
            "Her er \(language.formatCount(respondents)) respondenter, men deres svar om relationerne er skjult (×), så en "
                + "mindre gruppe i en anden enhed ikke kan regnes ud; derfor har indekset og kortet ingen tal.",
            "There are \(language.formatCount(respondents)) respondents here, but their answers about the ties are hidden (×) "
                + "so that a smaller group in another unit cannot be worked out, so the index and the map show no figure."
        )
    }

    /// "færre end 3" / "fewer than 3".
    func fewerThan(_ k: Int) -> String { pick("færre end \(k)", "fewer than \(k)") }

    var noAnswersShort: String { pick("ingen svar", "no answers") }

    /// A segment's figure hidden by complementary suppression (SPEC §6).
    var hiddenBesideOthers: String {
        pick(
            "skjult, så en mindre gruppe ikke kan regnes ud",
            "hidden so that a smaller group cannot be worked out")
    }

    /// The mark of such a figure in a heat map, and its legend.
    static let besideOthersSymbol = "×"
    var besideOthersLegend: String {
        pick(
            "× skjult, så en mindre gruppe i en anden enhed ikke kan regnes ud af tallene for hele organisationen",
            "× hidden so that a smaller group in another unit cannot be worked out from the whole organisation's figures"
        )
    }

    /// What was left out and why (SPEC §3, "Visible answers"), in plain words: the answers to
    /// questions fewer than k in a group answered, and the tie scores of groups of fewer than k.
    func leftOutExplained(_ leftOut: LeftOut, k: Int) -> String {
        let answers = leftOut.answers, ties = leftOut.ties
        var da: [String] = []
        var en: [String] = []
        if answers > 0 {
            da.append(
                "\(language.formatCount(answers)) svar er udeladt, fordi færre end \(k) i faggruppen besvarede det spørgsmål om den faggruppe"
            )
            en.append(
                "\(language.formatCount(answers)) answer\(answers == 1 ? " was" : "s were") left out because fewer than \(k) in the role answered that question about that role"
            )
        }
        if ties > 0 {
            da.append(
                "\(language.formatCount(ties)) relationsscore\(ties == 1 ? "" : "r") er udeladt fra de samlede tal, fordi relationen bygger på færre end \(k) respondenter"
            )
            en.append(
                "\(language.formatCount(ties)) tie score\(ties == 1 ? " was" : "s were") left out of the pooled figures because the tie rests on fewer than \(k) respondents"
            )
        }
        return pick(
            da.joined(separator: "; ")
                + ". Alle tal – også relationerne og de samlede tal – bygger kun på de øvrige svar, som om de udeladte ikke var givet, så intet skjult tal kan regnes ud af de viste.",
            en.joined(separator: "; ")
                + ". Every figure – the ties and the pooled figures too – rests on the other answers only, as if the left-out ones had not been given, so that no hidden figure can be worked out from the shown ones."
        )
    }
}
