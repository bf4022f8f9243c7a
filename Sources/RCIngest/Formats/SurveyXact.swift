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

extension SurveyXact {
    /// The structure and labels that go with a dataset file: the files named
    /// (`--structure`, `--labels`), or those found beside it; nil with a mapping. A structure
    /// that is a LimeSurvey `.lss`, a Qualtrics `.qsf` or a REDCap data dictionary is read as
    /// that tool's set-up file (``SetupFile``).
    static func dataset(besides path: String, options: IngestOptions) throws -> SurveyXactDataset? {
        guard options.mapping == nil else { return nil }
        if let structure = options.structure {
            if let translation = try SetupFile.translation(structure, instrument: options.instrument) {
                return translation
            }
            if options.labels == nil, try REDCap.isDictionary(structure, csv: options.csv) {
                return try REDCap.load(structure, csv: options.csv, instrument: options.instrument)
            }
        }
        return try SurveyXactDataset.forDataset(
            path: path, format: options.format, structure: options.structure,
            labels: options.labels, csv: options.csv)
    }

    /// A SurveyXact workbook's structure and labels sheets, and its dataset sheet (the one named
    /// like a dataset, or the first that is neither); nil for any other workbook, or with a mapping.
    static func dataset(in workbook: Workbook, options: IngestOptions) throws -> (
        sheet: String?, translation: SurveyXactDataset
    )? {
        guard options.mapping == nil, let structure = workbook.sheet(matching: ["structure", "struktur"]),
            let labels = workbook.sheet(matching: ["labels", "label"])
        else { return nil }
        var structureRows = WorksheetRecords(try workbook.sheet(named: structure), file: workbook.file)
        var labelRows = WorksheetRecords(try workbook.sheet(named: labels), file: workbook.file)
        let translation = SurveyXactDataset(
            questions: try SurveyXactDataset.readStructure(&structureRows),
            labels: try SurveyXactDataset.readLabels(&labelRows),
            structureFile: "\(workbook.file):\(structure)", labelsFile: "\(workbook.file):\(labels)")
        let sheet =
            workbook.sheet(matching: ["dataset", "data"])
            ?? workbook.sheetNames.first { $0 != structure && $0 != labels }
        return (sheet, translation)
    }
}
