import RCSurvey

/// Recognises an export's format from its first records and finds where everything is in it,
/// asking the formats (``ExportFormatReaders``) in turn; the wide formats share its search for
/// answer columns and the rater's role column (``wideLayout(header:alternativeHeader:sample:ignoring:headerLine:)``).
struct ShapeDetector {
    /// Detects the export shape of a file from its first records (header rows included).
    /// `values` says what codes in the file mean (`--value-labels`); a mapping's own `values` are added to it.
    static func detect(
        _ records: [CSVRecord], instrument: Instrument, file: String, sheet: String? = nil,
        requested: ExportFormat?, mapping: ColumnMapping? = nil,
        values: ValueLabels = ValueLabels()
    ) throws(IngestError) -> DetectedShape {
        try ShapeDetector(instrument: instrument, file: file, sheet: sheet, values: values)
            .detect(records, requested: requested, mapping: mapping)
    }

    let instrument: Instrument
    let matcher: HeaderMatcher
    let file: String
    let sheet: String?
    /// What codes in the file mean, as the user gave them.
    var values: ValueLabels
    /// The columns whose codes the export's own codebook translated (a SurveyXact dataset's labels,
    /// a REDCap dictionary's choices): a code it does not know is a slip in the data, rejected
    /// with its line, not a sign that the whole column is codes.
    var codebookColumns: Set<Int> = []
    /// The loops of the Qualtrics survey file given with `--structure` (`.qsf`): which role each
    /// loop of a Loop & Merge block asks about.
    var qualtricsLoops: [QualtricsLoop] = []
    /// The format being read, whose set-up file a message about untranslated codes names.
    var reading: ExportFormat?

    init(instrument: Instrument, file: String, sheet: String? = nil, values: ValueLabels = ValueLabels()) {
        self.instrument = instrument
        self.matcher = HeaderMatcher(instrument: instrument)
        self.file = file
        self.sheet = sheet
        self.values = values
    }

    static let respondentHeaders: Set<String> = [
        "respondent", "respondent id", "respondentid", "responseid", "response id", "id", "resp id", "respid",
        "respondentnummer", "respondent nr", "deltager", "deltager id", "participant", "participant id", "record id"
    ]
    static let roundHeaders: Set<String> = ["round", "runde", "måling", "wave", "survey round"]
    static let raterWords = [
        "rolle", "faggruppe", "profession", "role", "stilling", "fagområde", "job", "arbejder du som",
        "personalegruppe", "workgroup", "work group", "group", "gruppe", "stillingsbetegnelse", "fag"
    ]

    /// Detects the shape: through the mapping when one is given, else the requested format, else
    /// the first format that recognises the records.
    func detect(_ records: [CSVRecord], requested: ExportFormat?, mapping: ColumnMapping? = nil) throws(IngestError)
        -> DetectedShape
    {
        guard !records.isEmpty else { throw error(line: 1, "the file has no header row") }
        let head = ExportHead(records: records, mapping: mapping)
        var detector = self
        if let mapping { detector.values = mapping.values.merging(values) }
        let reader: any ExportFormatReader.Type
        if mapping != nil {
            reader = MappedWide.self
        } else if let requested {
            reader = ExportFormatReaders.reader(requested)
        } else {
            reader = ExportFormatReaders.all.first { $0.recognises(head) } ?? GenericWide.self
        }
        detector.reading = reader.format
        let shape = try reader.shape(of: head, detector)
        return try detector.translatingCodes(shape, head)
    }

    /// An error at a line (or row) of the file.
    func error(line: Int?, column: Int? = nil, _ message: String) -> IngestError {
        IngestError(file: file, sheet: sheet, line: line, column: column, message: message)
    }

    /// The shape of a wide export with one header row.
    func oneHeaderRow(_ head: ExportHead, format: ExportFormat) throws(IngestError) -> DetectedShape {
        let first = head.records[0]
        let layout = try wideLayout(
            header: first.fields, alternativeHeader: nil, sample: Array(head.records.dropFirst()),
            ignoring: [], headerLine: first.line)
        return DetectedShape(format: format, headerRows: 1, layout: .wide(layout), header: first.fields)
    }

    /// The codes a column holds in place of role names — every filled value a number or an answer
    /// code like `A2` or `AO02` (LimeSurvey), none of them a role the instrument knows — sorted,
    /// at most eight; nil when the column holds anything else.
    static func untranslatedCodes(in column: Int, of sample: [CSVRecord], instrument: Instrument) -> [String]? {
        var codes = Set<String>()
        for record in sample.prefix(500) where column < record.fields.count {
            let value = record.fields[column].trimmingWhitespace()
            guard !value.isEmpty else { continue }
            guard HeaderPatterns.isInteger(value) || HeaderPatterns.isAnswerCode(value),
                instrument.role(matching: value) == nil
            else { return nil }
            codes.insert(value)
        }
        guard !codes.isEmpty else { return nil }
        let sorted = codes.sorted { a, b in
            let x = Int(a.filter(\.isNumber)) ?? 0, y = Int(b.filter(\.isNumber)) ?? 0
            return x != y ? x < y : a < b
        }
        return sorted.count > 8 ? Array(sorted.prefix(8)) + ["…"] : sorted
    }

    /// The option and file that say what the codes of the format being read mean
    /// (``ExportFormatReader/setupFile``), for messages.
    var setupFile: String? { reading.flatMap { ExportFormatReaders.reader($0).setupFile } }

    /// Finds the answer columns (unless a format found them, `found`), the rater-role column, and
    /// the respondent and round columns.
    func wideLayout(
        header: [String], alternativeHeader: [String]?, sample: [CSVRecord], ignoring: Set<Int>,
        headerLine: Int, answers found: [AnswerColumn] = []
    ) throws(IngestError) -> WideLayout {
        var answers = found
        for (index, text) in header.enumerated() where found.isEmpty && !ignoring.contains(index) {
            if let match = matcher.match(text)
                ?? alternativeHeader.flatMap({ index < $0.count ? matcher.match($0[index]) : nil })
            {
                answers.append(AnswerColumn(index: index, header: text, role: match.role, dimension: match.dimension))
            }
        }
        var grouped = false
        if answers.isEmpty,
            let groups = try roleColumnGroups(
                header: header, ignoring: ignoring, sample: sample, headerLine: headerLine)
        {
            answers = groups
            grouped = true
        }
        guard !answers.isEmpty else {
            throw error(
                line: headerLine,
                "no answer columns found: no header names a role and a dimension (like 'Fælles mål - Sygeplejerske' or 'Shared goals [Nurse]'); "
                    + (setupFile.map { "if the file holds codes, give the survey's set-up file, \($0); or " } ?? "")
                    + "describe the columns in a mapping file ('rckit inspect FILE --write-mapping map.json' writes one to edit) and read the file with '--input-format mapping --mapping map.json'"
            )
        }
        let answerIndices = Set(answers.map(\.index))
        let keys = header.map { TextKey($0).value }
        let others = header.indices.filter { !answerIndices.contains($0) && !ignoring.contains($0) }

        let respondent = others.first { Self.respondentHeaders.contains(keys[$0]) }
        let round = others.first { Self.roundHeaders.contains(keys[$0]) }
        let candidates = others.filter { $0 != respondent && $0 != round }

        // The rater's role: the column whose values are the roles of the answer columns …
        let roleKeys = Set(answers.map { TextKey($0.role) })
        func roleCodes(_ column: Int) -> [String: String] {
            values.roleCodes(
                headers: [header[column]] + (alternativeHeader.flatMap { column < $0.count ? [$0[column]] : nil } ?? [])
            )
        }
        func share(_ column: Int) -> Double {
            let codes = roleCodes(column)
            var matched = 0
            var filled = 0
            for record in sample.prefix(500) where column < record.fields.count {
                let field = record.fields[column].trimmingWhitespace()
                let value = codes[field] ?? field
                guard !value.isEmpty else { continue }
                filled += 1
                if roleKeys.contains(TextKey(value))
                    || (instrument.definesRoles && instrument.role(matching: value) != nil)
                {
                    matched += 1
                }
            }
            return filled == 0 ? 0 : Double(matched) / Double(filled)
        }
        var rater = candidates.filter { share($0) >= 0.5 }.max { share($0) < share($1) }
        // … or, with no answers to go by, the column whose header says it is the role: one that
        // has a rater word as a word of its own ("Faggruppe", "What is your role?") before one
        // that only holds it inside another ("…people in these groups…", "Jobtitel").
        if rater == nil {
            func wholeWord(_ column: Int) -> Bool {
                let words = " \(keys[column]) "
                return Self.raterWords.contains { words.contains(" \($0) ") }
            }
            rater =
                candidates.first(where: wholeWord)
                ?? candidates.first { column in Self.raterWords.contains { keys[column].contains($0) } }
            // Its values are not the roles: if they are answer codes that nothing translates, each
            // code would become a role of its own — a wrong heat map with no warning. Stop instead.
            if let column = rater, roleCodes(column).isEmpty,
                let codes = Self.untranslatedCodes(in: column, of: sample, instrument: instrument)
            {
                throw error(
                    line: headerLine, column: column + 1,
                    "the column '\(header[column])' holds the respondent's own role as codes (\(codes.joined(separator: ", "))), "
                        + "not role names, and nothing in the file says what they mean: "
                        + (setupFile.map { "give the survey's set-up file, \($0); or " } ?? "")
                        + "export the answers as text "
                        + "(Qualtrics: 'Use choice text'; LimeSurvey: 'Full answers'), or name the role behind each code with "
                        + "--value-labels FILE (rows of column,code,role such as '\(header[column]),1,Læge') or in a mapping "
                        + "file's \"roles\" section ('rckit inspect FILE --write-mapping map.json' writes one to edit; then read the file "
                        + "with '--input-format mapping --mapping map.json')")
            }
        }
        guard let rater else {
            throw error(
                line: headerLine,
                "no column with the respondent's own role (a header like 'Faggruppe' or 'Role', or values that are the roles in the answer columns)"
            )
        }
        return WideLayout(
            respondentColumn: respondent, raterColumn: rater, roundColumn: round, answerColumns: answers,
            readsRoleColumnGroups: grouped)
    }
}
