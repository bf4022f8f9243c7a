import RCSurvey

/// Questions known by their order rather than their words: an export whose question texts are
/// cut short (LimeSurvey's abbreviated headings), reworded (Qualtrics' Loop & Merge: "personer i
/// denne faggruppe") or absent. Each group of columns (one question) takes the only question of
/// the instrument its words fit, else the instrument's next question they fit, in the order the
/// groups come; the answers must then be options of that question — otherwise the reading stops.
extension ShapeDetector {
    /// The instrument's questions that a question text fits: all of them when `text` is empty,
    /// those whose wording (with any focal process) starts with it when `cut`, else the one it is.
    func questions(fitting text: String, cut: Bool) -> Set<RCSurvey.Dimension> {
        let dimensions = instrument.items.map(\.dimension)
        let key = TextKey(text).value
        guard !key.isEmpty else { return Set(dimensions) }
        guard cut else { return matcher.dimension(ofQuestion: text).map { [$0] } ?? [] }
        var fitting = Set<RCSurvey.Dimension>()
        for item in instrument.items {
            for wording in item.question.allTexts {
                let parts = wording.components(separatedBy: Instrument.processPlaceholder)
                let before = TextKey(parts[0]).value
                let filled = Language.allCases.map {
                    TextKey(
                        wording.replacingOccurrences(
                            of: Instrument.processPlaceholder, with: instrument.process.text($0))
                    )
                    .value
                }
                if filled.contains(where: { $0.hasPrefix(key) }) || before.hasPrefix(key)
                    || (parts.count > 1 && !before.isEmpty && key.hasPrefix(before))
                {
                    fitting.insert(item.dimension)
                }
            }
        }
        return fitting
    }

    /// A question for each group, in the order the groups come: the only one it fits where there
    /// is one, else the next question of the instrument (after the previous group's) that it fits
    /// and no other group took. nil when a group is left without one.
    func questionsInOrder(_ fitting: [Set<RCSurvey.Dimension>]) -> [RCSurvey.Dimension]? {
        let order = instrument.items.map(\.dimension)
        var taken = Set<RCSurvey.Dimension>()
        for candidates in fitting where candidates.count == 1 { taken.formUnion(candidates) }
        var next = 0
        var result: [RCSurvey.Dimension] = []
        for candidates in fitting {
            if candidates.count == 1, let only = candidates.first {
                result.append(only)
                if let position = order.firstIndex(of: only) { next = max(next, position + 1) }
                continue
            }
            guard
                let position = order.indices.first(where: {
                    $0 >= next && candidates.contains(order[$0]) && !taken.contains(order[$0])
                })
            else { return nil }
            result.append(order[position])
            taken.insert(order[position])
            next = position + 1
        }
        return Set(result).count == result.count ? result : nil
    }

    /// Throws when an answer column read by its order holds an answer that is no option of the
    /// question it is read as (nor a code the tool or the user's values explain): the order does
    /// not follow the instrument's questions. `what` says how the columns were read.
    func checkOptions(of answers: [AnswerColumn], in sample: [CSVRecord], format: ExportFormat, what: String)
        throws(IngestError)
    {
        let reader = ExportFormatReaders.reader(format)
        for column in answers {
            guard let scale = instrument.scale(for: column.dimension),
                let number = instrument.items.firstIndex(where: { $0.dimension == column.dimension })
            else { continue }
            if let (line, value) = Self.firstNonOption(
                column.index, in: sample, scale, format: format, ownValue: { reader.value($0, on: scale) != nil })
            {
                throw error(
                    line: line, column: column.index + 1,
                    "'\(column.header)' is read as question \(number + 1) (\(column.dimension.id)) \(what), but it holds "
                        + "'\(value.prefix(60))', which is not an option of that question's "
                        + "\(instrument.items[number].scaleID) scale: the questions do not follow the instrument's in order; "
                        + "describe the columns in a mapping file ('rckit inspect FILE --write-mapping map.json' writes one to edit)"
                )
            }
        }
    }

    /// The line and text of the first answer in column `index` of the sample's first 500 records
    /// that is no option of `scale`, nor a code of `format`, nor a value `ownValue` reads.
    static func firstNonOption(
        _ index: Int, in sample: [CSVRecord], _ scale: ResponseScale, format: ExportFormat,
        ownValue: (String) -> Bool = { _ in false }
    ) -> (line: Int, value: String)? {
        for record in sample.prefix(500) where index < record.fields.count {
            let value = record.fields[index].trimmingWhitespace()
            if !value.isEmpty, case .invalid = scale.value(of: value), !ownValue(value), !isCode(value, format: format)
            {
                return (record.line, value)
            }
        }
        return nil
    }
}
