import RCSurvey

/// Google Forms' responses CSV: `Timestamp` (Danish `Tidsstempel`) first, then a column per
/// grid row headed `Question [Row]`; answers as label text.
enum GoogleForms: ExportFormatReader {
    static let format = ExportFormat.googleforms

    static func isOwnColumn(_ header: String) -> Bool {
        ["timestamp", "tidsstempel", "email address", "mailadresse", "score", "point"].contains(TextKey(header).value)
    }

    static func recognises(_ head: ExportHead) -> Bool {
        let first = head.keys.first
        return first == "timestamp" || first == "tidsstempel"
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        try detector.oneHeaderRow(head, format: format)
    }
}
