import RCSurvey

/// Microsoft Forms' Excel download: `ID`, `Start time`, `Completion time` (Danish
/// `Starttidspunkt`, `Fuldførelsestidspunkt`), `Email`, `Name`, then the questions; a Likert
/// question's statements as `Question.Statement` columns; answers as label text.
enum MicrosoftForms: ExportFormatReader {
    static let format = ExportFormat.microsoftforms

    static let ownColumns: Set = [
        "start time", "completion time", "email", "name", "last modified time", "starttidspunkt",
        "fuldførelsestidspunkt", "mail", "e mail", "navn", "tidspunkt for seneste ændring"
    ]

    static func isOwnColumn(_ header: String) -> Bool { ownColumns.contains(TextKey(header).value) }

    static func recognises(_ head: ExportHead) -> Bool {
        let keys = head.keys
        return keys.count >= 3 && keys[0] == "id" && (keys[1] == "start time" || keys[1] == "starttidspunkt")
            && (keys[2] == "completion time" || keys[2] == "fuldførelsestidspunkt")
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        try detector.oneHeaderRow(head, format: format)
    }
}
