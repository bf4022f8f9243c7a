import RCSurvey

/// SurveyMonkey's "All responses data" export, CSV or Excel, in the "Condensed" layout: two header
/// rows. Row 1 holds SurveyMonkey's own columns (`Respondent ID, Collector ID, Start Date,
/// End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1`), then each
/// question's text above its first column only (empty above the other columns of a matrix);
/// row 2 holds `Response` or `Open-Ended Response` under a single-column question, or the
/// matrix row's text (here the role) under each column of a matrix. Cells are the answer text
/// ("Actual answer text") or the option's number ("Numerical value", read only with
/// `--value-labels` when a number is not a score, such as a "Don't know" column).
///
/// Each answer column is read as `Question - Row`, the question carried over from the column
/// where it was last written, the row's text whole as the role.
enum SurveyMonkey: ExportFormatReader {
    static let format = ExportFormat.surveymonkey

    static let metadata: Set<String> = [
        "respondent id", "collector id", "start date", "end date", "ip address", "email address", "first name",
        "last name"
    ]

    static let headerRows = 2

    static func isOwnColumn(_ header: String) -> Bool {
        let key = TextKey(header).value
        return metadata.contains(key) || key.hasPrefix("custom data")
    }

    static func recognises(_ head: ExportHead) -> Bool {
        let keys = head.keys
        return head.records.count >= 2 && keys.first == "respondent id" && keys.contains("collector id")
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        let records = head.records
        guard records.count >= 2 else {
            throw detector.error(
                line: records[0].line, "a SurveyMonkey export has two header rows; this file has fewer")
        }
        let questions = records[0].fields
        let rows = records[1].fields
        var header: [String] = []
        // The same as `Question [Row]`, for finding the answer columns: the matrix row is the role
        // whole, even when its name has a " - " in it (`Læge - nat`).
        var matching: [String] = []
        var ignoring = Set<Int>()
        var question = ""
        for index in 0..<max(questions.count, rows.count) {
            let written = index < questions.count ? questions[index].trimmingWhitespace() : ""
            let row = index < rows.count ? rows[index].trimmingWhitespace() : ""
            let key = TextKey(written).value
            if metadata.contains(key) || key.hasPrefix("custom data") {
                ignoring.insert(index)
                header.append(written)
                matching.append(written)
                question = ""
                continue
            }
            if !written.isEmpty { question = written }
            switch TextKey(row).value {
            case "", "response", "open ended response", "other please specify":
                header.append(question)
                matching.append(question)
            default:
                header.append(question.isEmpty ? row : "\(question) - \(row)")
                matching.append(question.isEmpty ? row : "\(question) [\(row)]")
            }
        }
        if let expanded = expandedColumns(
            questions: questions, rows: rows, sample: Array(records.dropFirst(2)), detector)
        {
            throw detector.error(
                line: records[1].line, column: expanded.column + 1,
                "this SurveyMonkey export is in the Expanded layout, each answer choice in a column of its own "
                    + "('\(expanded.header)'), which rckit does not read: export \"All responses data\" again with the "
                    + "columns Condensed (one column per matrix row, the chosen answer in it)")
        }
        var layout = try detector.wideLayout(
            header: matching, alternativeHeader: header, sample: Array(records.dropFirst(2)),
            ignoring: ignoring, headerLine: records[1].line)
        for k in layout.answerColumns.indices where layout.answerColumns[k].index < header.count {
            layout.answerColumns[k].header = header[layout.answerColumns[k].index]
        }
        layout.respondentColumn = 0
        return DetectedShape(format: format, headerRows: 2, layout: .wide(layout), header: header)
    }

    /// The first column of a question exported in the Expanded layout, or nil for a Condensed export.
    ///
    /// Expanded gives each answer choice its own column: a matrix's columns are headed `Row - Choice`
    /// in row 2 (`Læge - Aldrig`, `Læge - Sjældent`, …), a cell holding the choice's text where it was
    /// chosen. A question (its text in row 1 above its first column, empty above the rest, or above
    /// all of them where a workbook merges the cells) whose row-2 texts all read `Row - Choice` is
    /// such a matrix when a choice is an option of the instrument's scales, or when two rows have
    /// the same choices and every filled cell of the sample holds its column's choice (so that
    /// Condensed role names such as `Læge - dag`, `Læge - nat` are not taken for choices).
    static func expandedColumns(
        questions: [String], rows: [String], sample: [CSVRecord] = [],
        _ detector: ShapeDetector
    ) -> (column: Int, header: String)? {
        let scales = detector.instrument.items.compactMap { detector.instrument.scale(for: $0.dimension) }
        func isOption(_ text: String) -> Bool {
            guard Double(text) == nil else { return false }
            return scales.contains { scale in
                switch scale.value(of: text) {
                case .score, .missing: true
                case .invalid: false
                }
            }
        }
        var start = 0
        while start < rows.count {
            var end = start + 1
            // A question's columns: empty in row 1 after its first, or (a workbook's merged cell,
            // filled in) the same text again.
            let text = start < questions.count ? questions[start].trimmingWhitespace() : ""
            while end < rows.count,
                end >= questions.count || questions[end].trimmingWhitespace().isEmpty
                    || questions[end].trimmingWhitespace() == text
            { end += 1 }
            defer { start = end }
            guard end - start >= 2 else { continue }
            var choices: [String: [String]] = [:]
            var columnChoice: [Int: String] = [:]
            var optionSeen = false
            var split = true
            for index in start..<end {
                let text = rows[index].trimmingWhitespace()
                guard let range = text.range(of: " - ", options: .backwards) else { split = false; break }
                let row = String(text[..<range.lowerBound]).trimmingWhitespace(),
                    choice = String(text[range.upperBound...]).trimmingWhitespace()
                guard !row.isEmpty, !choice.isEmpty else { split = false; break }
                choices[row, default: []].append(TextKey(choice).value)
                columnChoice[index] = TextKey(choice).value
                if isOption(choice) { optionSeen = true }
            }
            guard split else { continue }
            let lists = Array(choices.values)
            let repeated = lists.count >= 2 && lists.allSatisfy { $0.count >= 2 && $0 == lists[0] }
            if optionSeen || (repeated && cellsHoldTheirChoice(columnChoice, sample)) {
                return (start, rows[start].trimmingWhitespace())
            }
        }
        return nil
    }

    /// Whether the sample has filled cells in these columns and each holds its column's choice.
    private static func cellsHoldTheirChoice(_ columnChoice: [Int: String], _ sample: [CSVRecord]) -> Bool {
        var filled = 0
        for record in sample.prefix(500) {
            for (index, choice) in columnChoice where index < record.fields.count {
                let value = record.fields[index].trimmingWhitespace()
                guard !value.isEmpty else { continue }
                guard TextKey(value).value == choice else { return false }
                filled += 1
            }
        }
        return filled > 0
    }
}
