import RCStats
import RCSurvey

/// The words of the HTML report.
extension Phrases {
    var reportTitle: String { pick("Relationel koordinering – rapport", "Relational coordination – report") }
    var overview: String { pick("Overblik", "Overview") }
    var sources: String { pick("Datafiler", "Data files") }
    var generated: String { pick("Dannet", "Generated") }
    var minGroupTitle: String { pick("Mindste gruppe", "Minimum group") }
    var rounds: String { pick("Runder", "Rounds") }
    var respondentsTitle: String { pick("Respondenter", "Respondents") }
    var respondentsPerRole: String { pick("Respondenter pr. faggruppe", "Respondents per role") }
    var number: String { pick("Nr.", "No.") }
    var whatWasSuppressed: String { pick("Hvad er skjult og hvorfor", "What was suppressed and why") }
    var nothingSuppressed: String {
        pick(
            "Intet er skjult: alle tal hviler på mindst det mindste antal respondenter.",
            "Nothing was suppressed: every figure rests on at least the minimum number of respondents.")
    }
    func wholeRoleSuppressed(_ role: String, respondents: Int, k: Int) -> String {
        pick(
            "\(role): kun \(respondents) respondent\(respondents == 1 ? "" : "er"), så alle faggruppens egne bedømmelser er skjult (mindst \(k)).",
            "\(role): only \(respondents) respondent\(respondents == 1 ? "" : "s"), so all of the role's own ratings are suppressed (at least \(k))."
        )
    }
    /// Dimension cells hidden inside ties that are shown: fewer than k answered that question.
    func dimensionCellsSuppressed(_ count: Int, k: Int) -> String {
        count == 1
            ? pick(
                "1 enkelt spørgsmål i en vist relation har færre end \(k) svar og er skjult:",
                "1 single question in a shown tie has fewer than \(k) answers and is suppressed:")
            : pick(
                "\(count) enkelte spørgsmål i viste relationer har færre end \(k) svar og er skjult:",
                "\(count) single questions in shown ties have fewer than \(k) answers and are suppressed:")
    }
    func cellsSuppressed(_ count: Int, k: Int) -> String {
        count == 1
            ? pick(
                "1 anden relation bygger på færre end \(k) svar og er skjult:",
                "1 further tie rests on fewer than \(k) answers and is suppressed:")
            : pick(
                "\(count) andre relationer bygger på færre end \(k) svar og er skjult:",
                "\(count) further ties rest on fewer than \(k) answers and are suppressed:")
    }
    /// The agreement figures of a round in two plain lines (SPEC §3): ICC(1) and ICC(2) of the
    /// respondent index by role, and which shown ties agree enough (rwg(j) ≥ 0.70) for their
    /// mean to be read as the group's view.
    func agreementLines(_ analysis: NetworkAnalysis) -> [String] {
        let agreement = analysis.agreement
        var lines: [String] = []
        if let icc1 = agreement.icc1, let icc2 = agreement.icc2 {
            let share = language.format(max(0, icc1) * 100, decimals: 0)
            lines.append(
                pick(
                    "Enighed inden for faggrupperne om netværksindekset: ICC(1) \(language.format(icc1)), ICC(2) \(language.format(icc2)) (\(agreement.groups) faggrupper, \(language.formatCount(agreement.n)) respondenter): omkring \(share) % af forskellene mellem respondenternes indeks ligger mellem faggrupperne, og ICC(2) siger, hvor pålideligt faggruppernes gennemsnit skiller dem ad.",
                    "Agreement within roles on the network index: ICC(1) \(language.format(icc1)), ICC(2) \(language.format(icc2)) (\(agreement.groups) roles, \(language.formatCount(agreement.n)) respondents): about \(share)% of the differences between respondents' indices lie between roles, and ICC(2) says how reliably the roles' means tell them apart."
                ))
        }
        let rated = analysis.cells.filter { $0.rwgJ != nil }
        guard !rated.isEmpty else { return lines }
        let threshold = language.format(0.70)
        let weak = rated.filter { ($0.rwgJ ?? 0) < 0.70 }.map { "\($0.rater) → \($0.target)" }
        let agreeing = rated.count - weak.count
        var line = pick(
            "\(agreeing) af \(rated.count) viste relationer har enighed nok (rwg(j) ≥ \(threshold)) til, at gennemsnittet kan læses som faggruppens fælles syn",
            "\(agreeing) of \(rated.count) shown ties agree enough (rwg(j) ≥ \(threshold)) for their mean to be read as the group's view"
        )
        line += weak.isEmpty ? "." : pick("; ikke: ", "; not: ") + weak.joined(separator: ", ") + "."
        lines.append(line)
        return lines
    }

    /// `count`: the group's n as ``countPhrase(_:k:)`` says it ("færre end 3").
    func indexSuppressed(_ what: String, count: String) -> String {
        pick("\(what) er skjult (\(count)).", "\(what) is suppressed (\(count)).")
    }
    var ofCells: String { pick("relationer vist", "ties shown") }
    var heatmapSection: String { pick("Relationer mellem faggrupper", "Ties between roles") }
    var heatmapExplain: String {
        pick(
            "Hver række er en faggruppes vurdering af de andre (kolonnerne). I cellen: gennemsnit på skalaen, symbol for styrke og antal respondenter (n). Diagonalen er faggruppens vurdering af sig selv.",
            "Each row is one role's rating of the others (the columns). In each cell: the mean on the scale, a strength symbol and the number of respondents (n). The diagonal is the role rating itself."
        )
    }
    var raterDownTargetAcross: String { pick("Bedømmer ↓  bedømt →", "Rater ↓  target →") }
    var suppressedCell: String { pick("skjult", "hidden") }
    var dimensionsSection: String { pick("De syv dimensioner", "The seven dimensions") }
    var dimensionsExplain: String {
        pick(
            "Samme kort for hver dimension (gennemsnit). Rækker er bedømmere, kolonner bedømte, numrene er faggrupperne i listen. Skraverede felter er skjult.",
            "The same map for each dimension (mean). Rows are raters, columns targets; numbers refer to the role list. Hatched cells are suppressed."
        )
    }
    var networkSection: String { pick("Netværkskort", "Network map") }
    var networkExplain: String {
        pick(
            "Hver pil går fra den bedømmende faggruppe til den bedømte: A → B er A's vurdering af relationen til B. To pile mellem samme par viser, om de ser relationen ens. Skjulte relationer er ikke tegnet.",
            "Each arrow runs from the rating role to the rated one: A → B is A's rating of its tie to B. The two arrows between a pair show whether they see the tie alike. Suppressed ties are not drawn."
        )
    }
    var strongLine: String { pick("▲ stærk: tyk blå linje", "▲ strong: thick blue line") }
    var moderateLine: String { pick("■ moderat: tynd grå linje", "■ moderate: thin grey line") }
    var weakLine: String { pick("▼ svag: stiplet orange linje", "▼ weak: dashed orange line") }
    var moderateOmitted: String {
        pick(
            "Med så mange faggrupper vises kun stærke og svage relationer; alle står i varmekortet.",
            "With this many roles only strong and weak ties are drawn; the heat map has them all.")
    }
    var lineWidthNote: String { pick("Tykkere linje = højere gennemsnit.", "Thicker line = higher mean.") }
    var profileSection: String { pick("Dimensionsprofil", "Dimension profile") }
    var profileExplain: String {
        pick(
            "Gennemsnit pr. dimension over alle relationer til andre faggrupper, med 95 % konfidensinterval. De lodrette streger er grænserne for svag og stærk.",
            "Mean per dimension over all ties to other roles, with 95% confidence interval. The vertical lines are the weak and strong thresholds."
        )
    }
    var reciprocitySection: String { pick("Største forskelle i gensidighed", "Largest reciprocity gaps") }
    var reciprocityExplain: String {
        pick(
            "Par af faggrupper, der ser relationen mest forskelligt: A's vurdering af B minus B's vurdering af A.",
            "Pairs of roles that see their tie most differently: A's rating of B minus B's rating of A.")
    }
    var aRatesB: String { pick("A om B", "A on B") }
    var bRatesA: String { pick("B om A", "B on A") }
    var gap: String { pick("Forskel", "Gap") }
    var noGaps: String { pick("Ingen par kan sammenlignes.", "No pair can be compared.") }
    var changeSection: String { pick("Ændring pr. relation", "Change per tie") }
    func changeExplain(delta: String) -> String {
        pick(
            "Efter minus før for hver relation. ↑/↓ og fed kant: en tydelig ændring (mindst \(delta) point og næppe tilfældig). Blå er forbedring, orange forværring; blege farver er ikke tydelige. Felter med · kan ikke sammenlignes (for få svar i en runde); tallene forneden er antal svar før→efter.",
            "After minus before for each tie. ↑/↓ and a bold border: a clear change (at least \(delta) points and unlikely to be chance). Blue is improvement, orange decline; pale colours are not clear. Cells with · cannot be compared (too few answers in a round); the small figures are the answers before→after."
        )
    }
    var beforeAfterSection: String {
        pick("Før og efter: indeks og dimensioner", "Before and after: index and dimensions")
    }
    func beforeAfterExplain(delta: String) -> String {
        pick(
            "Gennemsnit i hver runde med 95 % konfidensinterval. ↑/↓ ved forskellen: en tydelig ændring efter samme regel som relationerne — mindst \(delta) og pålidelig (netværksindekset: p < 0,05; de syv dimensioner: q < 0,05 efter Benjamini–Hochberg).",
            "Mean in each round with 95% confidence interval. ↑/↓ by the difference: a clear change by the same rule as the ties — at least \(delta) and reliable (network index: p < 0.05; the seven dimensions: q < 0.05, Benjamini–Hochberg)."
        )
    }
    var methodsSection: String { pick("Metode", "Methods") }
    /// The methods note; `delta` (δ, printed) with rounds compared, nil for one round.
    func methods(minGroup: Int, minItems: Int, weak: String, strong: String, delta: String?) -> [String] {
        var paragraphs = [
            pick(
                "Hver respondent har for hver faggruppe svaret på op til syv spørgsmål (relationel koordinering efter Gittell). En relations score er gennemsnittet af de besvarede spørgsmål, når mindst \(minItems) af de syv er besvaret. ”Ved ikke” og ”Ikke relevant” tæller ikke med.",
                "For each role, every respondent answered up to seven questions (Gittell's relational coordination). A tie score is the mean of the answered questions when at least \(minItems) of the seven are answered. \"Don't know\" and \"Not applicable\" are not scored."
            ),
            pick(
                "Netværksindekset er gennemsnittet over respondenter af deres gennemsnitlige relation til de andre faggrupper; indekset inden for egen faggruppe er relationen til ens egen faggruppe. Styrke: svag under \(weak), moderat fra \(weak) til \(strong), stærk over \(strong).",
                "The network index is the mean over respondents of their mean tie to the other roles; the within-role index is the tie to one's own role. Strength: weak below \(weak), moderate from \(weak) to \(strong), strong above \(strong)."
            )
        ]
        if let delta {
            paragraphs += [
                pick(
                    "Konfidensintervaller er 95 % (t-fordeling). Runder sammenlignes med Welchs t-test og Hedges' g; relationernes p-værdier korrigeres for mange test med Benjamini–Hochberg (q-værdier), de syv dimensioners ligeså som én gruppe.",
                    "Confidence intervals are 95% (t distribution). Rounds are compared with Welch's t-test and Hedges' g; the ties' p-values are corrected for multiple testing with Benjamini–Hochberg (q-values), the seven dimensions' likewise as one family."
                ),
                pick(
                    "En ændring er tydelig (↑ bedre, ↓ dårligere), når den både er pålidelig og stor nok: relationerne q < 0,05, dimensionerne q < 0,05, netværksindekset p < 0,05 — og mindst \(delta) point (5 % af skalaens spænd, medmindre instrumentet eller analysen har sat en anden grænse). Pålidelige ændringer under \(delta) tælles som små, men reelle, og listes ikke.",
                    "A change is clear (↑ better, ↓ worse) when it is both reliable and large enough: ties q < 0.05, dimensions q < 0.05, the network index p < 0.05 — and at least \(delta) points (5% of the scale's range, unless the instrument or the analysis set another limit). Reliable changes under \(delta) are counted as small but reliable and not listed."
                ),
                pick(
                    "Vurderingen af netværksindekset bygger på Welchs t-test over alle respondenter i begge runder, som alle andre tal. Respondenter med samme id og samme faggruppe i begge runder testes desuden parret; den parrede test vises ved siden af, men afgør ikke vurderingen. Id'er, der løber 1…N i begge filer (rækkenumre, som Microsoft Forms giver), parrer ingen, medmindre analysen har fået at vide, at de er faste id'er.",
                    "The network index's verdict rests on Welch's t-test over all respondents of both rounds, like every other figure. Respondents with the same id and the same role in both rounds are also tested paired; the paired test is shown beside it but does not decide the verdict. Ids that run 1…N in both files (row numbers, as Microsoft Forms gives) pair no one unless the analysis was told that they are stable ids."
                )
            ]
        } else {
            paragraphs.append(
                pick("Konfidensintervaller er 95 % (t-fordeling).", "Confidence intervals are 95% (t distribution)."))
        }
        paragraphs.append(
            pick(
                "Tal: gennemsnit og ændringer står med to decimaler i hele rapporten\(delta == nil ? "" : ", og en ændring er forskellen mellem de viste gennemsnit"); flere decimaler kun dér, hvor to ville modsige styrken (3,497 ▼ er svag, 4,0001 ▲ stærk)\(delta.map { " eller vurderingen (en ændring under \($0) skrives aldrig som \($0))" } ?? ""). Antal står som hele tal, fra fem cifre med tusindtalsseparator (13.552).",
                "Numbers: means and changes are shown with two decimals throughout the report\(delta == nil ? "" : ", and a change is the difference of the means as shown"); more decimals only where two would contradict the strength (3.497 ▼ is weak, 4.0001 ▲ strong)\(delta.map { " or the verdict (a change under \($0) is never printed as \($0))" } ?? ""). Counts are whole numbers, from five digits with thousands separators (13,552)."
            ))
        paragraphs += [
            pick(
                "Enighed: ICC(1) og ICC(2) af respondenternes netværksindeks med faggruppen som gruppe (Bliese 2000); rwg(j) for hver vist relation sammenligner spredningen i svarene med tilfældige svar på skalaen (Lindell & Brandt 1999). Fra 0,70 kan gennemsnittet læses som faggruppens fælles syn.",
                "Agreement: ICC(1) and ICC(2) of the respondents' network index with the role as the group (Bliese 2000); rwg(j) of each shown tie compares the spread of its answers with random answers on the scale (Lindell & Brandt 1999). From 0.70 the mean can be read as the group's shared view."
            ),
            pick(
                "Fortrolighed: tal, der bygger på færre end \(minGroup) respondenter, vises ikke nogen steder i rapporten; der står blot »færre end \(minGroup)«. Har færre end \(minGroup) i en faggruppe besvaret et spørgsmål om en faggruppe, er de svar udeladt af alle tal – også af relationerne og de samlede tal – som om de ikke var givet; ellers kunne de regnes ud af en relations gennemsnit og spredning. De samlede tal bygger kun på de viste relationer. Opdeles der efter enhed, skjules et tal også i en større enhed, hvis en enkelt lille enhed ellers kunne regnes ud som hele organisationen minus de viste enheder. Respondenternes id'er indgår ikke.",
                "Privacy: figures resting on fewer than \(minGroup) respondents are not shown anywhere in the report; they read \"fewer than \(minGroup)\". Where fewer than \(minGroup) in a role answered a question about a role, those answers are left out of every figure – the ties and the pooled figures too – as if they had not been given; otherwise they could be worked out from a tie's mean and spread. The pooled figures rest on the shown ties only. Split by unit, a figure is also hidden in a larger unit where a single small unit could otherwise be worked out as the whole organisation minus the units shown. Respondent ids are not included."
            )
        ]
        return paragraphs
    }

    var roleList: String { pick("Faggrupper (numrene bruges i kortene)", "Roles (numbers used in the maps)") }
    var withinRoleShort: String { pick("Egen gruppe", "Within role") }
    var alphaShort: String { pick("Cronbachs α", "Cronbach's α") }
    var networkIndexShort: String { pick("RC-indeks", "RC index") }
    var notShown: String { pick("ikke vist", "not shown") }
    var scaleLegendTitle: String { pick("Farveskala", "Colour scale") }
    var changeImproved: String { pick("↑ tydelig forbedring", "↑ clear improvement") }
    var changeDeclined: String { pick("↓ tydelig forværring", "↓ clear decline") }
    var changeUnclear: String { pick("ingen tydelig ændring", "no clear change") }
    var notComparableShort: String { pick("· kan ikke sammenlignes", "· not comparable") }
    var hatchedSuppressed: String { pick("skraveret: skjult", "hatched: suppressed") }
    var ownGroupLegend: String {
        pick(
            "Kant: egen faggruppe (diagonalen, faggruppens vurdering af sig selv)",
            "Frame: own role (the diagonal, a role rating itself)")
    }
    var comparisonHeading: String { pick("Sammenligning", "Comparison") }
    var roundHeading: String { pick("Runde", "Round") }
    var singleRound: String { pick("én runde", "one round") }
    var contents: String { pick("Indhold", "Contents") }
}
