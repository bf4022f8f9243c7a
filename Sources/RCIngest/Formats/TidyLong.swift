import RCSurvey

/// The tidy long format (one answer per row) with the columns
/// `respondent,round,rater_role,target_role,dimension,value`, in any order; `round` may be absent.
enum TidyLong: ExportFormatReader {
    static let format = ExportFormat.long

    /// Four of the six column names make a tidy file (so a missing one is reported as such).
    static func recognises(_ head: ExportHead) -> Bool {
        let keys = head.keys
        return LongLayout.columnNames.filter { keys.contains(TextKey($0).value) }.count >= 4
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        let first = head.records[0]
        let keys = head.keys
        let found = LongLayout.columnNames.map { name in keys.firstIndex(of: TextKey(name).value) }
        guard let respondent = found[0], let rater = found[2], let target = found[3], let dimension = found[4],
            let value = found[5]
        else {
            let missing = zip(LongLayout.columnNames, found).first { $0.0 != "round" && $0.1 == nil }?.0 ?? ""
            throw detector.error(
                line: first.line,
                "missing required column '\(missing)'; a tidy long file has the columns \(LongLayout.columnNames.joined(separator: ","))"
            )
        }
        return DetectedShape(
            format: .long, headerRows: 1,
            layout: .long(
                LongLayout(
                    respondent: respondent, round: found[1], rater: rater, target: target,
                    dimension: dimension, value: value)),
            header: first.fields)
    }
}
