import RCStats
import RCSurvey

/// The words of the report's story page, the verdict rule and the grouped "could not compare".
extension Phrases {
    func andMore(_ count: Int) -> String {
        pick("… og \(language.formatCount(count)) til", "… and \(language.formatCount(count)) more")
    }

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

    /// Who could be followed from round to round (SPEC §4), in words for the story page: how
    /// many answered both times in the same role, what the paired test found in plain words, and
    /// why it does not decide the verdict when it disagrees.
    func pairingSentence(_ comparison: RoundComparison, minGroup k: Int) -> String {
        let pairing = comparison.pairing
        if pairing.refusedRowNumbers {
            return pick(
                "Ingen kan følges fra runde til runde: id'erne er filernes rækkenumre (1, 2, 3 …), ikke de samme personer.",
                "No one can be followed from round to round: the ids are the files' row numbers (1, 2, 3 …), not the same people."
            )
        }
        let people = language.formatCount(pairing.paired)
        var text: String
        if pairing.paired == 0 {
            text = pick(
                "Ingen svarede begge gange med samme id og faggruppe, så runderne sammenlignes som to grupper.",
                "No one answered both times under the same id and role, so the rounds are compared as two groups.")
        } else if let paired = comparison.paired {
            let change = language.formatSigned(paired.meanDifference, decimals: ChangeFigure.places)
            text = pick(
                "Hos de \(people), der svarede begge gange i samme faggruppe, ændrede netværksindekset sig i gennemsnit \(change).",
                "Among the \(people) who answered both times in the same role, the network index changed by \(change) on average."
            )
        } else {
            text = pick(
                "Kun \(people) svarede begge gange i samme faggruppe – for få (under \(max(k, 2))) til at følge dem for sig.",
                "Only \(people) answered both times in the same role – too few (under \(max(k, 2))) to follow on their own."
            )
        }
        if pairing.otherRole > 0 {
            let other = language.formatCount(pairing.otherRole)
            text +=
                " "
                + pick(
                    "\(other) id'er går igen med en anden faggruppe og tælles ikke som de samme personer.",
                    "\(other) ids recur with another role and are not counted as the same people.")
        }
        if comparison.pairedDisagrees, let verdict = comparison.pairedVerdict {
            let delta = comparison.figure(language).threshold
            let why: String
            if verdict.matters {
                why = pick(
                    "Følger man kun dem, er ændringen tydelig; men vurderingen ovenfor bygger på alle, der svarede, og dér er den ikke tydelig.",
                    "Following only them, the change is clear; but the verdict above rests on everyone who answered, and there it is not."
                )
            } else if verdict.isReliable {
                why = pick(
                    "Følger man kun dem, er ændringen reel, men lille (under \(delta)); vurderingen ovenfor bygger på alle, der svarede.",
                    "Following only them, the change is real but small (under \(delta)); the verdict above rests on everyone who answered."
                )
            } else {
                why = pick(
                    "Blandt dem alene er ændringen ikke tydelig; vurderingen ovenfor bygger på alle, der svarede.",
                    "Among them alone the change is not clear; the verdict above rests on everyone who answered.")
            }
            text += " " + why
        }
        return text
    }

    /// The pairing in detail for the summaries: how many were paired and why the others were not.
    func pairingDetail(_ pairing: Pairing) -> String {
        if pairing.refusedRowNumbers {
            return pick(
                "Ingen parret: id'erne ligner rækkenumre (1…N) i begge runder; angiv --paired-ids, hvis de er faste id'er.",
                "No one paired: the ids look like row numbers (1…N) in both rounds; give --paired-ids if they are stable ids."
            )
        }
        var reasons: [String] = []
        func add(_ count: Int, _ da: String, _ en: String) {
            if count > 0 { reasons.append("\(language.formatCount(count)) \(pick(da, en))") }
        }
        add(pairing.otherRole, "med en anden faggruppe", "with another role")
        add(pairing.withoutIndex, "uden indeks i en af runderne", "without an index in a round")
        add(pairing.beforeOnly, "kun i runden før", "only in the round before")
        add(pairing.afterOnly, "kun i runden efter", "only in the round after")
        var text = pick(
            "Parret (samme id og faggruppe): \(language.formatCount(pairing.paired))",
            "Paired (same id and role): \(language.formatCount(pairing.paired))")
        if !reasons.isEmpty { text += pick("; ikke parret: ", "; not paired: ") + reasons.joined(separator: ", ") }
        if pairing.rowNumbers && pairing.idsStatedStable {
            text += pick(
                " (id'erne ligner rækkenumre, men er angivet som faste: --paired-ids)",
                " (the ids look like row numbers but were stated stable: --paired-ids)")
        }
        return text + "."
    }

    /// Why the paired test and the verdict disagree, in one sentence (the detail sections).
    func pairedWhy(paired: ChangeVerdict, index: ChangeVerdict, delta: String) -> String {
        let found: String
        switch (paired.matters, paired.isReliable) {
        case (true, _): found = pick("finder en tydelig ændring", "finds a clear change")
        case (false, true):
            found = pick(
                "finder en lille, men reel ændring (under \(delta))",
                "finds a small but reliable change (under \(delta))")
        default: found = pick("finder ingen tydelig ændring", "finds no clear change")
        }
        let verdict = verdictWords(index)
        return pick(
            "Den parrede test følger kun dem, der svarede begge gange i samme faggruppe, og \(found); rapportens vurdering (\(verdict)) bygger på alle respondenter i begge runder (Welch), som alle andre tal i rapporten.",
            "The paired test follows only those who answered both times in the same role and \(found); the report's verdict (\(verdict)) rests on all respondents of both rounds (Welch), like every other figure in the report."
        )
    }

    /// How to read the story page, once and plainly: no p, q or test names (those are in the methods).
    func verdictRule(delta: String, weak: String, strong: String) -> String {
        pick(
            "Sådan læses siden: ↑ tydeligt bedre og ↓ tydeligt dårligere er ændringer på mindst \(delta) point, som næppe skyldes tilfældigheder. Mindre ændringer, som heller ikke er tilfældige, tælles som små, men reelle. ▲ ■ ▼ er en relations styrke i én runde: stærk over \(strong), moderat, svag under \(weak). Alle gennemsnit og ændringer står med to decimaler (flere kun, hvor to ville modsige styrken: 3,497 ▼).",
            "How to read this page: ↑ clearly better and ↓ clearly worse are changes of at least \(delta) points that are unlikely to be chance. Smaller changes that are not chance either are counted as small but reliable. ▲ ■ ▼ give a tie's strength in one round: strong above \(strong), moderate, weak below \(weak). Every mean and change is shown with two decimals (more only where two would contradict the strength: 3.497 ▼)."
        )
    }

    var storyTitle: String { pick("Det vigtigste", "The story") }
    var storyImproved: String { pick("Det er blevet tydeligt bedre", "What clearly improved") }
    var storyDeclined: String { pick("Det er blevet tydeligt dårligere", "What clearly declined") }
    var storyNoDeclines: String {
        pick("Ingen relationer er blevet tydeligt dårligere.", "No tie clearly declined.")
    }
    var storyNoImprovements: String {
        pick("Ingen relationer er blevet tydeligt bedre.", "No tie clearly improved.")
    }
    /// Under the improvements or declines: how many more changed reliably, but less than δ.
    func smallButReliable(_ count: Int, up: Bool, delta: String) -> String {
        let n = language.formatCount(count)
        return up
            ? pick(
                "Desuden \(count == 1 ? "én lille, men reel forbedring" : "\(n) små, men reelle forbedringer") på under \(delta) point.",
                "Also \(n) small but reliable improvement\(count == 1 ? "" : "s") of less than \(delta) points.")
            : pick(
                "Desuden \(count == 1 ? "én lille, men reel forværring" : "\(n) små, men reelle forværringer") på under \(delta) point.",
                "Also \(n) small but reliable decline\(count == 1 ? "" : "s") of less than \(delta) points.")
    }
    var storyDiscussion: String {
        pick(
            "Store ændringer, der kan skyldes tilfældigheder (til drøftelse)",
            "Large changes that may be chance (for discussion)")
    }
    func storyDiscussionNote(delta: String) -> String {
        pick(
            "Mindst \(delta) point, men ikke tydelige: brug dem som spørgsmål, ikke som konklusioner.",
            "At least \(delta) points, but not clear: use them as questions, not conclusions.")
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
            "\(rater) vurderer relationen til \(target) til \(mean) (\(strength), n=\(language.formatCount(n))).",
            "\(rater) rates the tie to \(target) at \(mean) (\(strength), n=\(language.formatCount(n))).")
    }

    /// What a verdict calls a change, as the end of a sentence ("… (+0,08): ingen tydelig ændring").
    func judged(_ verdict: ChangeVerdict, difference: Double, delta: String) -> String {
        switch verdict {
        case .improved: pick("en tydelig forbedring", "a clear improvement")
        case .declined: pick("en tydelig forværring", "a clear decline")
        case .small:
            difference > 0
                ? pick(
                    "en lille, men reel forbedring (under \(delta))",
                    "a small but reliable improvement (under \(delta))")
                : pick(
                    "en lille, men reel forværring (under \(delta))", "a small but reliable decline (under \(delta))")
        case .untested:
            pick("alle svarede ens, så der er intet at teste", "everyone answered alike, so nothing to test")
        case .unclear, .notCompared: pick("ingen tydelig ændring", "no clear change")
        }
    }

    /// The network index and its verdict as a sentence, without p-values.
    func indexSentence(from: String, to: String, by: String, judged: String) -> String {
        pick(
            "Netværksindekset (RC) gik fra \(from) til \(to) (\(by)): \(judged).",
            "The network RC index went from \(from) to \(to) (\(by)): \(judged).")
    }

    func dimensionsSentence(improved: [String], declined: [String], small: Int) -> String {
        var text: String
        switch (improved.isEmpty, declined.isEmpty) {
        case (true, true):
            text = pick(
                "Ingen af de syv dimensioner ændrede sig tydeligt.", "None of the seven dimensions changed clearly.")
        case (false, true):
            text = pick(
                "Tydeligt bedre dimensioner: \(improved.joined(separator: ", ")).",
                "Dimensions clearly better: \(improved.joined(separator: ", ")).")
        case (true, false):
            text = pick(
                "Tydeligt dårligere dimensioner: \(declined.joined(separator: ", ")).",
                "Dimensions clearly worse: \(declined.joined(separator: ", ")).")
        case (false, false):
            text = pick(
                "Tydeligt bedre dimensioner: \(improved.joined(separator: ", ")); tydeligt dårligere: \(declined.joined(separator: ", ")).",
                "Dimensions clearly better: \(improved.joined(separator: ", ")); clearly worse: \(declined.joined(separator: ", "))."
            )
        }
        if small > 0 {
            text +=
                " "
                + pick(
                    small == 1
                        ? "Én dimension ændrede sig lidt, men reelt."
                        : small == 7
                            ? "Alle syv dimensioner ændrede sig lidt, men reelt."
                            : "\(countWord(small).capitalizedFirst) dimensioner ændrede sig lidt, men reelt.",
                    small == 7
                        ? "All seven dimensions changed a little, but reliably."
                        : "\(countWord(small).capitalizedFirst) dimension\(small == 1 ? "" : "s") changed a little, but reliably."
                )
        }
        return text
    }

    /// Under a later round's index: its change from the round before and the verdict.
    func indexChangeSince(_ round: String, difference: String, verdict: ChangeVerdict) -> String {
        let judged: String
        switch verdict {
        case .improved, .declined: judged = pick("en tydelig ændring", "a clear change")
        case .small: judged = pick("lille, men reel", "small but reliable")
        case .untested: judged = pick("ingen test", "no test")
        default: judged = pick("ingen tydelig ændring", "no clear change")
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
    var mattersOnly: String { pick("Vis kun tydelige ændringer", "Show clear changes only") }
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

extension Phrases {
    /// A count up to seven in words ("syv", "seven"), as a sentence may begin with it.
    func countWord(_ n: Int) -> String {
        let words = pick("nul én to tre fire fem seks syv", "no one two three four five six seven").split(
            separator: " ")
        return words.indices.contains(n) ? String(words[n]) : "\(n)"
    }
}

extension String {
    /// The text with its first letter a capital.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
