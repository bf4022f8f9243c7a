import RCSurvey

/// Recognises an export's shape from its first records: tidy long, or one of the wide shapes
/// (Qualtrics, LimeSurvey, Google Forms, SurveyXact label export, generic).
public struct ShapeDetector {
    /// Detects the export shape of a file from its first records (header rows included).
    public static func detect(_ records: [CSVRecord], instrument: Instrument, file: String,
                              requested: ExportFormat?) throws(IngestError) -> DetectedShape {
        try ShapeDetector(instrument: instrument, file: file).detect(records, requested: requested)
    }

    let instrument: Instrument
    let matcher: HeaderMatcher
    let file: String

    init(instrument: Instrument, file: String) {
        self.instrument = instrument
        self.matcher = HeaderMatcher(instrument: instrument)
        self.file = file
    }

    static let qualtricsMetadata: Set<String> = [
        "startdate", "enddate", "status", "ipaddress", "progress", "duration in seconds", "finished", "recordeddate",
        "responseid", "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
        "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
    ]
    static let respondentHeaders: Set<String> = [
        "respondent", "respondent id", "respondentid", "responseid", "response id", "id", "resp id", "respid",
        "respondentnummer", "respondent nr", "deltager", "deltager id", "participant", "participant id",
    ]
    static let roundHeaders: Set<String> = ["round", "runde", "måling", "wave", "survey round"]
    static let raterWords = ["rolle", "faggruppe", "profession", "role", "stilling", "fagområde", "job", "arbejder du som",
                             "personalegruppe", "workgroup", "work group", "group", "gruppe", "stillingsbetegnelse", "fag"]

    /// Detects the shape. `records` are the first records of the file (header rows included).
    func detect(_ records: [CSVRecord], requested: ExportFormat?) throws(IngestError) -> DetectedShape {
        guard let first = records.first else {
            throw IngestError(file: file, line: 1, message: "the file has no header row")
        }
        let keys = first.fields.map { TextKey($0).value }

        // Tidy long: the SPEC's column names.
        if requested == nil || requested == .long {
            let found = LongLayout.columnNames.map { name in keys.firstIndex(of: TextKey(name).value) }
            let present = found.compactMap { $0 }.count
            if requested == .long || present >= 4 {
                for (name, index) in zip(LongLayout.columnNames, found) where index == nil && name != "round" {
                    throw IngestError(file: file, line: first.line,
                                      message: "missing required column '\(name)'; a tidy long file has the columns \(LongLayout.columnNames.joined(separator: ","))")
                }
                if let found0 = found[0], let found2 = found[2], let found3 = found[3], let found4 = found[4], let found5 = found[5] {
                    return DetectedShape(format: .long, headerRows: 1,
                                         layout: .long(LongLayout(respondent: found0, round: found[1], rater: found2, target: found3,
                                                                  dimension: found4, value: found5)),
                                         header: first.fields)
                }
            }
        }

        // Qualtrics: export tags, then question texts, then ImportId JSON.
        let isQualtrics = records.count >= 3 && records[2].fields.first.map { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") } == true
        if requested == .qualtrics || (requested == nil && isQualtrics) {
            guard records.count >= 3 else {
                throw IngestError(file: file, line: first.line, message: "a Qualtrics export has three header rows; this file has fewer")
            }
            let texts = records[1].fields
            let tags = first.fields
            var layout = try wideLayout(header: texts, alternativeHeader: tags, sample: Array(records.dropFirst(3)),
                                        ignoring: Set(tags.indices.filter { Self.qualtricsMetadata.contains(TextKey(tags[$0]).value) }),
                                        headerLine: records[1].line)
            if let id = keys.firstIndex(of: "responseid") { layout.respondentColumn = id }
            return DetectedShape(format: .qualtrics, headerRows: 3, layout: .wide(layout), header: texts)
        }

        let format = requested ?? Self.cueFormat(first.fields) ?? .wide
        let layout = try wideLayout(header: first.fields, alternativeHeader: nil, sample: Array(records.dropFirst()),
                                    ignoring: [], headerLine: first.line)
        return DetectedShape(format: format, headerRows: 1, layout: .wide(layout), header: first.fields)
    }

    /// The export tool a one-row header points to, from the columns the tools add themselves:
    /// Google Forms' `Timestamp`, Microsoft Forms' `ID, Start time, Completion time`, LimeSurvey's
    /// `submitdate`/`lastpage`/`startlanguage` (or `Date submitted`/`Last page`/`Start language` in
    /// full-text headings) and its `Q1[SQ001]` codes. Nil when nothing points to a tool.
    static func cueFormat(_ header: [String]) -> ExportFormat? {
        let keys = header.map { TextKey($0).value }
        if keys.first == "timestamp" || keys.first == "tidsstempel" { return .googleforms }
        if keys.count >= 3, keys[0] == "id", keys[1] == "start time" || keys[1] == "starttidspunkt",
           keys[2] == "completion time" || keys[2] == "fuldførelsestidspunkt" {
            return .microsoftforms
        }
        let limeColumns: Set = ["submitdate", "lastpage", "startlanguage", "date submitted", "last page", "start language"]
        if keys.contains(where: limeColumns.contains)
            || header.contains(where: { $0.range(of: #"^[A-Za-z][A-Za-z0-9_]*\[[A-Za-z0-9_]+\]"#, options: .regularExpression) != nil }) {
            return .limesurvey
        }
        return nil
    }

    /// Finds the answer columns, the rater-role column, and the respondent and round columns.
    func wideLayout(header: [String], alternativeHeader: [String]?, sample: [CSVRecord], ignoring: Set<Int>,
                    headerLine: Int) throws(IngestError) -> WideLayout {
        var answers: [AnswerColumn] = []
        for (index, text) in header.enumerated() where !ignoring.contains(index) {
            if let match = matcher.match(text) ?? alternativeHeader.flatMap({ index < $0.count ? matcher.match($0[index]) : nil }) {
                answers.append(AnswerColumn(index: index, header: text, role: match.role, dimension: match.dimension))
            }
        }
        guard !answers.isEmpty else {
            throw IngestError(file: file, line: headerLine,
                              message: "no answer columns found: no header names a role and a dimension (like 'Fælles mål - Sygeplejerske' or 'Shared goals [Nurse]'); use --format with --mapping for other layouts")
        }
        let answerIndices = Set(answers.map(\.index))
        let keys = header.map { TextKey($0).value }
        let others = header.indices.filter { !answerIndices.contains($0) && !ignoring.contains($0) }

        let respondent = others.first { Self.respondentHeaders.contains(keys[$0]) }
        let round = others.first { Self.roundHeaders.contains(keys[$0]) }
        let candidates = others.filter { $0 != respondent && $0 != round }

        // The rater's role: the column whose values are the roles of the answer columns …
        let roleKeys = Set(answers.map { TextKey($0.role) })
        func share(_ column: Int) -> Double {
            var matched = 0
            var filled = 0
            for record in sample.prefix(500) where column < record.fields.count {
                let value = record.fields[column].trimmingWhitespace()
                guard !value.isEmpty else { continue }
                filled += 1
                if roleKeys.contains(TextKey(value)) || (instrument.definesRoles && instrument.role(matching: value) != nil) { matched += 1 }
            }
            return filled == 0 ? 0 : Double(matched) / Double(filled)
        }
        var rater = candidates.filter { share($0) >= 0.5 }.max { share($0) < share($1) }
        // … or, with no answers to go by, the column whose header says it is the role.
        if rater == nil {
            rater = candidates.first { column in Self.raterWords.contains { keys[column].contains($0) } }
        }
        guard let rater else {
            throw IngestError(file: file, line: headerLine,
                              message: "no column with the respondent's own role (a header like 'Faggruppe' or 'Role', or values that are the roles in the answer columns)")
        }
        return WideLayout(respondentColumn: respondent, raterColumn: rater, roundColumn: round, answerColumns: answers)
    }
}
