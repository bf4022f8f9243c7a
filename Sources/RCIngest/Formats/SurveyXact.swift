/// SurveyXact: a label export (question texts as `Question - Role` headers, labels as
/// values), or a dataset of variable names and codes read through its structure and labels
/// (``SurveyXactDataset``), which turn it into a label export before detection.
///
/// Never recognised by itself: a label export reads as a generic wide file, and a dataset is
/// taken as SurveyXact's when its structure and labels are found (or `--input-format surveyxact`).
enum SurveyXact: ExportFormatReader {
    static let format = ExportFormat.surveyxact

    static func recognises(_ head: ExportHead) -> Bool { false }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        try detector.oneHeaderRow(head, format: format)
    }
}
