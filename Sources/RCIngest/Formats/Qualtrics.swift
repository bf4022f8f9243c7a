import RCSurvey

/// Qualtrics' CSV export: three header rows — export tags (`Q1_1`), question texts
/// (`Question - Role`), and `{"ImportId":…}` JSON — then one row per response; its own
/// metadata columns (StartDate, ResponseId, …); `-99` for a question seen but not answered.
enum Qualtrics: ExportFormatReader {
    static let format = ExportFormat.qualtrics

    static let metadata: Set<String> = [
        "startdate", "enddate", "status", "ipaddress", "progress", "duration in seconds", "finished", "recordeddate",
        "responseid", "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
        "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage"
    ]

    static let headerRows = 3

    static let setupFile: String? =
        "--structure SURVEY.qsf (the survey file 'rckit setup' wrote, or Qualtrics' Tools → Import/Export → Export Survey)"

    static func isOwnColumn(_ header: String) -> Bool { metadata.contains(TextKey(header).value) }

    static func recognises(_ head: ExportHead) -> Bool {
        head.records.count >= 3
            && head.records[2].fields.first.map { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") } == true
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        let records = head.records
        guard records.count >= 3 else {
            throw detector.error(line: records[0].line, "a Qualtrics export has three header rows; this file has fewer")
        }
        let tags = records[0].fields
        let texts = records[1].fields
        var layout = try detector.wideLayout(
            header: texts, alternativeHeader: tags, sample: Array(records.dropFirst(3)),
            ignoring: Set(tags.indices.filter { metadata.contains(TextKey(tags[$0]).value) }),
            headerLine: records[1].line)
        if let id = head.keys.firstIndex(of: "responseid") { layout.respondentColumn = id }
        return DetectedShape(format: format, headerRows: 3, layout: .wide(layout), header: texts)
    }

    /// `-99`: the question was seen but not answered.
    static func value(_ trimmed: String, on scale: ResponseScale) -> ScaleValue? {
        trimmed == "-99" ? .missing : nil
    }
}
