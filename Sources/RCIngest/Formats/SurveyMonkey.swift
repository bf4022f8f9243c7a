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
/// where it was last written.
enum SurveyMonkey: ExportFormatReader {
    static let format = ExportFormat.surveymonkey

    static let metadata: Set<String> = [
        "respondent id", "collector id", "start date", "end date", "ip address", "email address", "first name", "last name",
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
            throw detector.error(line: records[0].line, "a SurveyMonkey export has two header rows; this file has fewer")
        }
        let questions = records[0].fields
        let rows = records[1].fields
        var header: [String] = []
        var ignoring = Set<Int>()
        var question = ""
        for index in 0..<max(questions.count, rows.count) {
            let written = index < questions.count ? questions[index].trimmingWhitespace() : ""
            let row = index < rows.count ? rows[index].trimmingWhitespace() : ""
            let key = TextKey(written).value
            if metadata.contains(key) || key.hasPrefix("custom data") {
                ignoring.insert(index)
                header.append(written)
                question = ""
                continue
            }
            if !written.isEmpty { question = written }
            switch TextKey(row).value {
            case "", "response", "open ended response", "other please specify": header.append(question)
            default: header.append(question.isEmpty ? row : "\(question) - \(row)")
            }
        }
        var layout = try detector.wideLayout(header: header, alternativeHeader: nil, sample: Array(records.dropFirst(2)),
                                             ignoring: ignoring, headerLine: records[1].line)
        layout.respondentColumn = 0
        return DetectedShape(format: format, headerRows: 2, layout: .wide(layout), header: header)
    }
}
