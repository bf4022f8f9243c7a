import RCSurvey

/// Qualtrics' CSV export: three header rows — export tags (`Q1_1`), question texts
/// (`Question - Role`), and `{"ImportId":…}` JSON — then one row per response; its own
/// metadata columns (StartDate, ResponseId, …); `-99` for a question seen but not answered.
///
/// Also read: the legacy exporter's two header rows (``legacyShape(_:_:)``), and Loop & Merge
/// blocks over the roles (``loopAnswers(_:_:_:)``). Embedded data columns are background
/// variables (`Afdeling`), or the round when named so (`Runde`).
enum Qualtrics: ExportFormatReader {
    static let format = ExportFormat.qualtrics

    static let metadata: Set<String> = [
        "startdate", "enddate", "status", "ipaddress", "progress", "duration in seconds", "finished", "recordeddate",
        "responseid", "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
        "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
        // The legacy exporter's (second header row).
        "responseset", "externaldatareference", "emailaddress", "locationaccuracy"
    ]

    static let headerRows = 3

    static let setupFile: String? =
        "--structure SURVEY.qsf (the survey file 'rckit setup' wrote, or Qualtrics' Tools → Import/Export → Export Survey)"

    static func isOwnColumn(_ header: String) -> Bool { metadata.contains(TextKey(header).value) }

    static func recognises(_ head: ExportHead) -> Bool {
        (head.records.count >= 3
            && head.records[2].fields.first.map { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") } == true)
            || isLegacy(head)
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        if isLegacy(head) { return try legacyShape(head, detector) }
        let records = head.records
        guard records.count >= 3 else {
            throw detector.error(line: records[0].line, "a Qualtrics export has three header rows; this file has fewer")
        }
        let tags = records[0].fields
        let texts = records[1].fields
        let sample = Array(records.dropFirst(3))
        let ignoring = Set(tags.indices.filter { metadata.contains(TextKey(tags[$0]).value) })
        let loops = try loopAnswers(head, detector, sample: sample)
        var layout = try detector.wideLayout(
            header: texts, alternativeHeader: tags, sample: sample, ignoring: ignoring, headerLine: records[1].line,
            answers: loops)
        if let id = head.keys.firstIndex(of: "responseid") { layout.respondentColumn = id }
        var shape = DetectedShape(format: format, headerRows: 3, layout: .wide(layout), header: texts)
        if !loops.isEmpty {
            var roles: [String] = []
            for column in loops where !roles.contains(column.role) { roles.append(column.role) }
            shape.conventions = [.qualtricsLoops(roles: roles, surveyFile: detector.qualtricsLoops.first?.file)]
        }
        return shape
    }

    /// `-99`: the question was seen but not answered.
    static func value(_ trimmed: String, on scale: ResponseScale) -> ScaleValue? {
        trimmed == "-99" ? .missing : nil
    }
}

extension Qualtrics {
    /// The legacy exporter's first header row: `V1`…`V10` (ResponseID, ResponseSet, Name,
    /// ExternalDataReference, EmailAddress, IPAddress, Status, StartDate, EndDate, Finished in the
    /// second row), then the export tags.
    static func isLegacy(_ head: ExportHead) -> Bool {
        guard head.records.count >= 2 else { return false }
        let tags = head.records[0].fields.prefix(3).map { $0.trimmingWhitespace() }
        let second = head.records[1].fields.first.map { TextKey($0).value }
        return tags == ["V1", "V2", "V3"] && second == "responseid"
    }

    /// The legacy export: two header rows — `V1`…`V10` then export tags, and the question texts,
    /// a matrix's columns as `Question-Statement` with no spaces around the hyphen; `V1` is the
    /// respondent.
    static func legacyShape(_ head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        let tags = head.records[0].fields
        let texts = head.records[1].fields
        let ignoring = Set(
            tags.indices.filter { index in
                let tag = tags[index].trimmingWhitespace()
                return (tag.first == "V" && tag.count > 1 && tag.dropFirst().allSatisfy(\.isNumber))
                    || metadata.contains(TextKey(tag).value)
                    || (index < texts.count && metadata.contains(TextKey(texts[index]).value))
            })
        var layout = try detector.wideLayout(
            header: legacyStatements(texts), alternativeHeader: tags, sample: Array(head.records.dropFirst(2)),
            ignoring: ignoring, headerLine: head.records[1].line)
        layout.respondentColumn = tags.firstIndex { $0.trimmingWhitespace() == "V1" }
        var shape = DetectedShape(format: format, headerRows: 2, layout: .wide(layout), header: texts)
        shape.conventions = [.qualtricsLegacy]
        return shape
    }

    /// The legacy texts with each matrix column's `Question-Statement` written `Question - Statement`.
    /// The hyphen that ends the question is the one whose left part the most columns share (a
    /// matrix's statements share their question), the longest such part on a tie: never the
    /// hyphen inside a statement such as `Social- og sundhedsassistent`, nor one inside the
    /// question (`hip-fracture care`).
    static func legacyStatements(_ texts: [String]) -> [String] {
        var splits: [[(left: String, right: String)]] = []
        var shared: [String: Int] = [:]
        for text in texts {
            var options: [(left: String, right: String)] = []
            if !text.contains(" - ") {
                var start = text.startIndex
                while let hyphen = text.range(of: "-", range: start..<text.endIndex) {
                    let left = String(text[..<hyphen.lowerBound]), right = String(text[hyphen.upperBound...])
                    if !left.trimmingWhitespace().isEmpty, !right.trimmingWhitespace().isEmpty {
                        options.append((left, right))
                    }
                    start = hyphen.upperBound
                }
            }
            for left in Set(options.map(\.left)) { shared[left, default: 0] += 1 }
            splits.append(options)
        }
        return zip(texts, splits).map { text, options in
            let best = options.max { a, b in
                let x = shared[a.left] ?? 0, y = shared[b.left] ?? 0
                return x != y ? x < y : a.left.count < b.left.count
            }
            guard let best, (shared[best.left] ?? 0) >= 2 else { return text }
            return best.left.trimmingWhitespace() + " - " + best.right.trimmingWhitespace()
        }
    }
}
