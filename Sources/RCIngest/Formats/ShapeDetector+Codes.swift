import RCSurvey

/// Answer codes: what the user said they mean (``ValueLabels``), and a stop when an answer
/// column holds codes that nothing translates — never a reading that silently drops or
/// misreads them.
extension ShapeDetector {
    /// `shape` with each column's codes from ``values``; throws when an answer column of the
    /// sample holds codes that neither the scale, the tool's own conventions nor ``values`` read.
    func translatingCodes(_ shape: DetectedShape, _ head: ExportHead) throws(IngestError) -> DetectedShape {
        guard case var .wide(layout) = shape.layout else { return shape }
        let reader = ExportFormatReaders.reader(shape.format)
        let sample = Array(head.records.dropFirst(shape.headerRows).prefix(500))
        // A column is named by its header text and, with several header rows, by its first
        // header (a Qualtrics export tag, a LimeSurvey code).
        func headers(_ index: Int) -> [String] {
            var names: [String] = []
            for row in [shape.header, head.records.first?.fields ?? []]
            where index < row.count && !names.contains(row[index]) {
                names.append(row[index])
            }
            return names
        }
        if !values.isEmpty {
            layout.raterCodes = values.roleCodes(headers: headers(layout.raterColumn)).merging(layout.raterCodes) {
                _, mapped in mapped
            }
        }
        var untranslated: [(column: AnswerColumn, codes: [String])] = []
        for k in layout.answerColumns.indices {
            let column = layout.answerColumns[k]
            guard let scale = instrument.scale(for: column.dimension) else { continue }
            let scaleID = instrument.items.first { $0.dimension == column.dimension }?.scaleID
            let codes = values.answerCodes(
                headers: headers(column.index) + [column.header], dimension: column.dimension, scale: scaleID)
            for (code, label) in codes.sorted(by: { ValueLabels.codeOrder($0.key, $1.key) }) {
                if case let .invalid(reason) = scale.value(of: label),
                    reader.value(label.trimmingWhitespace(), on: scale) == nil
                {
                    throw IngestError(
                        file: values.source.isEmpty ? file : values.source,
                        message: "code \(code) of the column '\(column.header)' stands for '\(label)', but \(reason)")
                }
            }
            layout.answerColumns[k].codes = codes
            var found = Set<String>()
            for record in sample where column.index < record.fields.count {
                let raw = record.fields[column.index].trimmingWhitespace()
                guard !raw.isEmpty else { continue }
                let text = codes[raw] ?? raw
                guard case .invalid = scale.value(of: text), reader.value(text, on: scale) == nil,
                    Self.isCode(text, format: shape.format)
                else { continue }
                found.insert(raw)
            }
            if !found.isEmpty, !codebookColumns.contains(column.index) {
                untranslated.append((column, found.sorted(by: ValueLabels.codeOrder)))
            }
        }
        if let first = untranslated.first {
            let shown =
                first.codes.count > 8
                ? first.codes.prefix(8).joined(separator: ", ") + ", …" : first.codes.joined(separator: ", ")
            let others = untranslated.count > 1 ? " (and \(untranslated.count - 1) more answer columns like it)" : ""
            let name = headers(first.column.index).last ?? first.column.header
            let lastHeader = head.records.prefix(shape.headerRows).last?.line
            let headerLine =
                head.records.prefix(shape.headerRows).first { $0.fields == shape.header }?.line ?? lastHeader
            throw error(
                line: headerLine, column: first.column.index + 1,
                "the column '\(first.column.header)'\(others) holds answer codes that nothing translates (\(shown)): "
                    + "they are neither scores on the \(scaleID(first.column.dimension)) scale nor its labels, and a code just above "
                    + "the scale is often 'don't know'. "
                    + (setupFile.map { "Give the survey's set-up file, \($0); or export" } ?? "Export")
                    + " the answers as text (Qualtrics: 'Use choice text'; LimeSurvey: "
                    + "'Full answers'; SurveyMonkey: 'Actual answer text'; REDCap: with its data dictionary), or say what the codes "
                    + "mean with --value-labels FILE (rows of column,code,label such as '\(name),\(first.codes[0]),Ved ikke', "
                    + "or '*,\(first.codes[0]),Ved ikke' for every answer column) or a \"values\" section in a mapping file"
            )
        }
        var translated = shape
        translated.layout = .wide(layout)
        return translated
    }

    private func scaleID(_ dimension: RCSurvey.Dimension) -> String {
        instrument.items.first { $0.dimension == dimension }?.scaleID ?? dimension.id
    }

    /// Whether an answer nothing reads is a code rather than a mistyped label or score: an answer
    /// code like `A2` or `AO02` (LimeSurvey) in any file, or a whole number in a survey tool's
    /// export, where numbers are the tool's codes (Qualtrics' recode values: "don't know" is often
    /// the code just above the scale, or `-99`). In a file of scores made by hand, a number out of
    /// range is a typing mistake, rejected with its line.
    static func isCode(_ text: String, format: ExportFormat) -> Bool {
        let trimmed = text.trimmingWhitespace()
        if HeaderPatterns.isAnswerCode(trimmed) { return true }
        guard ![.wide, .long, .mapping].contains(format) else { return false }
        return HeaderPatterns.isInteger(trimmed)
    }
}
