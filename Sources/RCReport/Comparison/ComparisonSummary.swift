import RCStats
import RCSurvey

/// The plain-language summary for a workshop: the largest reliable improvements and declines
/// first, then the network index and dimensions, then what could not be compared and why.
///
/// «Endokrinolog → Sygeplejerske: 2,9 → 4,1 (+1,2; 95 % KI 0,8 til 1,6)»
public struct ComparisonSummary: Sendable {
    public var comparison: RoundComparison
    public var language: Language
    /// The q-value below which a change counts as reliable.
    public var threshold: Double = 0.05

    public init(comparison: RoundComparison, language: Language) {
        self.comparison = comparison
        self.language = language
    }

    private var t: Phrases { Phrases(language: language) }

    /// A change as «2,9 → 4,1 (+1,2; 95 % KI 0,8 til 1,6)».
    public func change(_ measure: MeasureComparison) -> String? {
        guard let before = measure.before.mean, let after = measure.after.mean, let welch = measure.welch else { return nil }
        var text = "\(language.format(before, decimals: 1)) → \(language.format(after, decimals: 1)) (\(language.formatSigned(welch.difference, decimals: 1))"
        if let interval = welch.confidenceInterval {
            text += "; \(t.ci95) \(language.format(interval.lower, decimals: 1)) \(t.to) \(language.format(interval.upper, decimals: 1))"
        }
        return text + ")"
    }

    /// Reliable cell changes (q below the threshold), largest first.
    public var reliableCells: (improvements: [CellComparison], declines: [CellComparison]) {
        let reliable = comparison.cells.filter { ($0.q ?? 1) < threshold && $0.comparison.difference != nil }
        let sorted = reliable.sorted { abs($0.comparison.difference ?? 0) > abs($1.comparison.difference ?? 0) }
        return (sorted.filter { ($0.comparison.difference ?? 0) > 0 }, sorted.filter { ($0.comparison.difference ?? 0) < 0 })
    }

    /// The summary as lines of text (no markup).
    public var lines: [String] {
        var lines: [String] = []
        let (improvements, declines) = reliableCells
        if improvements.isEmpty && declines.isEmpty {
            lines.append(t.noReliableChange)
        }
        if !improvements.isEmpty {
            lines.append("\(t.improvements):")
            for cell in improvements.prefix(10) {
                lines.append("  \(cell.rater) → \(cell.target): \(change(cell.comparison) ?? "")")
            }
        }
        if !declines.isEmpty {
            lines.append("\(t.declines):")
            for cell in declines.prefix(10) {
                lines.append("  \(cell.rater) → \(cell.target): \(change(cell.comparison) ?? "")")
            }
        }
        if let index = change(comparison.index) {
            if let p = comparison.index.welch?.pValue {
                lines.append("\(t.networkIndex): \(index), p \(language.formatP(p)) — \(p < threshold ? t.significant : t.notSignificant)")
            } else {
                lines.append("\(t.networkIndex): \(index) — \(t.noSpreadNoTest)")
            }
        }
        if let paired = comparison.paired {
            var text = "\(t.paired) \(paired.count) \(t.matchedRespondents): \(language.formatSigned(paired.meanDifference, decimals: 2))"
            if let p = paired.pValue { text += ", p \(language.formatP(p))" }
            lines.append(text)
        }
        for item in comparison.dimensions where (item.comparison.welch?.pValue ?? 1) < threshold {
            lines.append("\(item.dimension.label(language)): \(change(item.comparison) ?? ""), p \(language.formatP(item.comparison.welch?.pValue ?? 1))")
        }
        let untested = movedWithoutSpread
        if !untested.isEmpty {
            lines.append("\(t.noSpreadTitle):")
            for (what, measure) in untested.prefix(12) { lines.append("  \(what): \(change(measure) ?? "")") }
            if untested.count > 12 { lines.append("  … (\(untested.count - 12) \(language == .da ? "flere" : "more"))") }
        }
        let missing = notComparable
        if !missing.isEmpty {
            lines.append("\(t.notCompared):")
            for (what, why) in missing.prefix(12) { lines.append("  \(what): \(why)") }
            if missing.count > 12 { lines.append("  … (\(missing.count - 12) \(language == .da ? "flere" : "more"))") }
        }
        return lines
    }

    /// Dimensions and cells compared, with no spread in either round (so no test, no p or q)
    /// but a difference: nothing measured is left out of the summary. Largest change first.
    public var movedWithoutSpread: [(String, MeasureComparison)] {
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

    /// Cells and measures that could not be compared, with the reason.
    public var notComparable: [(String, String)] {
        var result: [(String, String)] = []
        func reason(_ measure: MeasureComparison) -> String? {
            switch measure.suppressionReason {
            case nil: nil
            case let .noAnswers(before, after)?: t.noAnswers(before, after)
            case let .tooFewRespondents(before, after)?: t.tooFew(before, after, max(comparison.minGroup, 2))
            }
        }
        if let why = reason(comparison.index) { result.append((t.networkIndex, why)) }
        for cell in comparison.cells {
            if let why = reason(cell.comparison) { result.append(("\(cell.rater) → \(cell.target)", why)) }
        }
        return result
    }
}
