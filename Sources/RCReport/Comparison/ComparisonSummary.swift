import RCStats
import RCSurvey

/// The plain-language summary for a workshop: the reliable improvements and declines (largest
/// first, every one listed or counted), then the network index and dimensions judged by the
/// same rule (`ChangeVerdicts`), then what could not be compared, grouped by reason.
///
/// «Endokrinolog → Sygeplejerske: 2,9 → 4,1 (+1,2; 95 % KI 0,8 til 1,6)»
struct ComparisonSummary: Sendable {
    var comparison: RoundComparison
    var language: Language
    /// How many reliable changes of each direction to list before "… and N more".
    var listed = 10

    private var t: Phrases { Phrases(language: language) }
    private var verdicts: ChangeVerdicts { ChangeVerdicts(comparison) }

    /// A change as «2,9 → 4,1 (+1,2; 95 % KI 0,8 til 1,6)», with as many decimals as it takes
    /// for the figures to agree with each other and with the verdict.
    func change(_ measure: MeasureComparison, reliable: Bool = false, least: Int = 1) -> String? {
        ChangeFigure(language: language).format(measure, reliable: reliable, least: least)
    }

    /// Reliable cell changes (q below the level), largest first.
    var reliableCells: (improvements: [CellComparison], declines: [CellComparison]) {
        let verdicts = verdicts
        let sorted = comparison.cells.filter { verdicts.cell($0).isReliable }
            .sorted { abs($0.comparison.difference ?? 0) > abs($1.comparison.difference ?? 0) }
        return (sorted.filter { verdicts.cell($0) == .improved }, sorted.filter { verdicts.cell($0) == .declined })
    }

    /// The summary as lines of text (no markup); lines of a group are indented by two spaces.
    var lines: [String] {
        var lines: [String] = []
        let (improvements, declines) = reliableCells
        if improvements.isEmpty && declines.isEmpty {
            lines.append(t.noReliableChange)
        }
        for (title, cells) in [(t.improvements, improvements), (t.declines, declines)] where !cells.isEmpty {
            lines.append("\(title):")
            for cell in cells.prefix(listed) {
                lines.append("  \(cell.rater) → \(cell.target): \(change(cell.comparison, reliable: true) ?? "")")
            }
            if cells.count > listed { lines.append("  \(t.andMore(cells.count - listed))") }
        }
        let verdicts = verdicts
        if let index = change(comparison.index, reliable: verdicts.index.isReliable, least: 2) {
            if let p = comparison.index.welch?.pValue {
                lines.append(
                    "\(t.networkIndex): \(index), p \(language.formatP(p)) — \(verdicts.index.isReliable ? t.significant : t.notSignificant)"
                )
            } else {
                lines.append("\(t.networkIndex): \(index) — \(t.noSpreadNoTest)")
            }
        }
        if let paired = comparison.paired {
            var text =
                "\(t.paired) \(paired.count) \(t.matchedRespondents): \(language.formatSigned(paired.meanDifference, decimals: 2))"
            if let p = paired.pValue { text += ", p \(language.formatP(p))" }
            lines.append(text)
            if verdicts.pairedDisagrees, let p = paired.pValue {
                lines.append("  " + t.pairedWhy(pairedReliable: p < ChangeVerdicts.level))
            }
        }
        for (position, item) in comparison.dimensions.enumerated() where verdicts.dimension(position).isReliable {
            let q = verdicts.dimensionQ[position] ?? 1
            lines.append(
                "\(item.dimension.label(language)): \(change(item.comparison, reliable: true, least: 2) ?? ""), q \(language.formatP(q)) — \(t.significant)"
            )
        }
        let untested = movedWithoutSpread
        if !untested.isEmpty {
            lines.append("\(t.noSpreadTitle):")
            for (what, measure) in untested.prefix(12) { lines.append("  \(what): \(change(measure) ?? "")") }
            if untested.count > 12 { lines.append("  \(t.andMore(untested.count - 12))") }
        }
        let story = ReportStory(latest: comparison.after, comparison: comparison)
        for group in story.uncompared {
            lines.append("\(t.uncomparedHeading(group.reason, k: max(comparison.minGroup, 2))):")
            for item in group.items.prefix(12) { lines.append("  \(item)") }
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
