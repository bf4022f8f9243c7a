/// Any wide export (one row per respondent) whose answer headers name a role and a dimension,
/// with a column of the respondent's own role: what is left when no tool's signs are found.
enum GenericWide: ExportFormatReader {
    static let format = ExportFormat.wide

    static func recognises(_ head: ExportHead) -> Bool { true }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        try detector.oneHeaderRow(head, format: format)
    }
}
