import RCStats
import RCSurvey

/// The summary for a workshop (and for the analyst: it names the tests): the improvements and
/// declines that matter (SPEC §4; largest first, every one listed or counted), how many more are
/// small but reliable, then the network index and dimensions judged by the same rule, the paired
/// test with who was paired and why the others were not, then what could not be compared,
/// grouped by reason.
///
/// «Endokrinolog → Sygeplejerske: 2,90 → 4,10 (+1,20; 95 % KI 0,80 til 1,60)»
struct ComparisonSummary: Sendable {
    var comparison: RoundComparison
    var language: Language
    /// How many changes that matter of each direction to list before "… and N more".
    var listed = 10

    private var t: Phrases { Phrases(language: language) }
    private var figure: ChangeFigure { comparison.figure(language) }

    /// A change as «2,90 → 4,10 (+1,20; 95 % KI 0,80 til 1,60)», by the report's precision rule.
    func change(_ measure: MeasureComparison, verdict: ChangeVerdict) -> String? {
        figure.format(measure, verdict: verdict)
    }

    /// What the report's story makes of the comparison: the changes that matter, the small ones,
    /// what could not be compared.
    private var story: ReportStory { ReportStory(latest: comparison.after, comparison: comparison) }

    /// Cell changes that matter, largest first (the story's).
    var changesThatMatter: (improvements: [ReportStory.Change], declines: [ReportStory.Change]) {
        let story = self.story
        return (story.improvements, story.declines)
    }

    /// The summary as lines of text (no markup); lines of a group are indented by two spaces.
    var lines: [String] {
        var lines: [String] = []
        let story = self.story
        let delta = figure.threshold
        if story.improvements.isEmpty && story.declines.isEmpty {
            lines.append(t.noClearChange)
        }
        for (title, changes) in [(t.improvements, story.improvements), (t.declines, story.declines)]
        where !changes.isEmpty {
            lines.append("\(title):")
            for cell in changes.prefix(listed) {
                lines.append("  \(cell.label): \(change(cell.measure, verdict: cell.verdict) ?? "")")
            }
            if changes.count > listed { lines.append("  \(t.andMore(changes.count - listed))") }
        }
        if story.smallUp + story.smallDown > 0 {
            lines.append(t.smallChanges(up: story.smallUp, down: story.smallDown, delta: delta))
        }
        let verdict = comparison.indexVerdict
        if let index = change(comparison.index, verdict: verdict) {
            if let p = comparison.index.welch?.pValue {
                lines.append("\(t.networkIndex): \(index), p \(language.formatP(p)) — \(t.verdictWords(verdict))")
            } else {
                lines.append("\(t.networkIndex): \(index) — \(t.noSpreadNoTest)")
            }
        }
        if let paired = comparison.paired {
            var text =
                "\(t.pairedTest(paired.count)): \(language.formatSigned(paired.meanDifference, decimals: ChangeFigure.places))"
            if let p = paired.pValue { text += ", p \(language.formatP(p))" }
            lines.append(text)
            if comparison.pairedDisagrees, let pairedVerdict = comparison.pairedVerdict {
                lines.append("  " + t.pairedWhy(paired: pairedVerdict, index: verdict, delta: delta))
            }
        }
        lines.append(t.pairingDetail(comparison.pairing))
        for item in comparison.dimensions where item.verdict.isReliable {
            let q = item.q ?? 1
            lines.append(
                "\(item.dimension.label(language)): \(change(item.comparison, verdict: item.verdict) ?? ""), q \(language.formatP(q)) — \(t.verdictWords(item.verdict))"
            )
        }
        let untested = movedWithoutSpread
        if !untested.isEmpty {
            lines.append("\(t.noSpreadTitle):")
            for (what, measure) in untested.prefix(12) {
                lines.append("  \(what): \(change(measure, verdict: .untested) ?? "")")
            }
            if untested.count > 12 { lines.append("  \(t.andMore(untested.count - 12))") }
        }
        for group in story.uncompared {
            lines.append("\(t.uncomparedHeading(group.reason, k: max(comparison.minGroup, 2))):")
            let k = comparison.minGroup
            for item in group.items.prefix(12) {
                // The counts as the outputs show them: "<3" for a group that answered but is hidden.
                lines.append("  \(item.label) (\(t.count(item.before, k: k))→\(t.count(item.after, k: k)))")
            }
            if group.items.count > 12 { lines.append("  \(t.andMore(group.items.count - 12))") }
        }
        if comparison.index.isSuppressed, let reason = comparison.index.suppressionReason {
            let k = comparison.minGroup
            let before = t.count(comparison.index.before, k: k), after = t.count(comparison.index.after, k: k)
            switch reason {
            case .noAnswers: lines.append("\(t.networkIndex): \(t.noAnswers(before, after))")
            case .tooFewRespondents, .hiddenBesideOthers:
                lines.append("\(t.networkIndex): \(t.tooFew(before, after, max(k, 2)))")
            }
        }
        return lines
    }

    /// Dimensions and cells compared, with no spread in either round (so no test, no p or q)
    /// but a difference: nothing measured is left out of the summary. Largest change first.
    var movedWithoutSpread: [(String, MeasureComparison)] {
        func untested(_ measure: MeasureComparison) -> Bool {
            guard let welch = measure.welch else { return false }
            return welch.pValue == nil && welch.difference != 0
        }
        var result: [(String, MeasureComparison)] = []
        for item in comparison.dimensions where untested(item.comparison) {
            result.append((item.dimension.label(language), item.comparison))
        }
        let cells = comparison.cells.filter { untested($0.comparison) }
            .sorted { abs($0.comparison.difference ?? 0) > abs($1.comparison.difference ?? 0) }
        for cell in cells { result.append(("\(cell.rater) → \(cell.target)", cell.comparison)) }
        return result
    }
}
