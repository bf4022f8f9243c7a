import RCSurvey

/// "Question code & question text" headings with "Text abbreviated": each text cut to a number
/// of characters (15 by default) followed by `.. `, the subquestion too —
/// `HYPPIG[SQ004]. Hvor ofte kommu..  [Social- og sund.. ]`. The cut texts cannot be matched to
/// the questions by their words (`Kommunikerer pe..` starts both the timely and the accurate
/// question), so the columns are grouped by their code (`HYPPIG`), each group read as the
/// question its cut text fits — the only one, or the instrument's next one in order — and each
/// cut role name completed from the roles the file names in full (the role question's answers,
/// uncut subheadings) or the instrument's roles.
extension LimeSurvey {
    /// A code & text heading taken apart.
    struct Heading {
        var index: Int
        /// `HYPPIG`.
        var questionCode: String
        /// The question text, without the ellipsis.
        var question: String
        var questionCut: Bool
        /// The subquestion text (the role), without the ellipsis; nil for a heading without one.
        var sub: String?
        var subCut: Bool
    }

    /// The heading's parts, when it is a code & text heading with a subquestion code.
    static func heading(_ header: String, index: Int) -> Heading? {
        let text = header.trimmingWhitespace()
        guard let code = headingCode(text), let bracket = code.firstIndex(of: "[") else { return nil }
        var rest = String(text.dropFirst(code.count + 1)).trimmingWhitespace()
        var sub: String?
        var subCut = false
        if rest.hasSuffix("]"), let open = rest.range(of: " [", options: .backwards) {
            var inner = String(rest[open.upperBound..<rest.index(before: rest.endIndex)]).trimmingWhitespace()
            if inner.hasSuffix("..") {
                inner = String(inner.dropLast(2)).trimmingWhitespace()
                subCut = true
            }
            sub = inner
            rest = String(rest[..<open.lowerBound]).trimmingWhitespace()
        }
        var questionCut = false
        if rest.hasSuffix("..") {
            rest = String(rest.dropLast(2)).trimmingWhitespace()
            questionCut = true
        }
        return Heading(
            index: index, questionCode: String(code[..<bracket]), question: rest, questionCut: questionCut, sub: sub,
            subCut: subCut)
    }

    /// The answer columns of abbreviated code & text headings; none when no heading is cut.
    static func abbreviatedAnswers(
        _ header: [String], _ sample: [CSVRecord], _ detector: ShapeDetector, ignoring: Set<Int>
    ) throws(IngestError) -> [AnswerColumn] {
        let headings = header.indices.filter { !ignoring.contains($0) }.compactMap { heading(header[$0], index: $0) }
            .filter { $0.sub != nil }
        guard headings.contains(where: { $0.questionCut || $0.subCut }) else { return [] }
        // Groups by question code, in the order they come.
        var codes: [String] = []
        var groups: [String: [Heading]] = [:]
        for heading in headings {
            if groups[heading.questionCode] == nil { codes.append(heading.questionCode) }
            groups[heading.questionCode, default: []].append(heading)
        }
        // A group is a question of the instrument when its cut text fits one; others (a matrix of
        // another kind) are not read.
        var fitting: [(code: String, questions: Set<RCSurvey.Dimension>)] = []
        for code in codes {
            guard let first = groups[code]?.first else { continue }
            let questions = detector.questions(fitting: first.question, cut: first.questionCut)
            if !first.question.isEmpty, !questions.isEmpty { fitting.append((code, questions)) }
        }
        guard !fitting.isEmpty else { return [] }
        let line = sample.first.map { $0.line - 1 } ?? 1
        guard let dimensions = detector.questionsInOrder(fitting.map(\.questions)) else {
            let names = fitting.map(\.code).joined(separator: ", ")
            throw detector.error(
                line: line,
                "the headings are abbreviated ('Text abbreviated' in LimeSurvey's export), and the cut question texts "
                    + "of \(names) do not follow the instrument's \(detector.instrument.items.count) questions in order; "
                    + "export with 'Question code & question text' without 'Text abbreviated', or describe the columns in a "
                    + "mapping file ('rckit inspect FILE --write-mapping map.json' writes one to edit)")
        }
        let roles = knownRoles(header, sample, detector.instrument, ignoring: ignoring, headings: headings)
        var answers: [AnswerColumn] = []
        for (group, dimension) in zip(fitting, dimensions) {
            for heading in groups[group.code] ?? [] {
                let sub = heading.sub ?? ""
                var role = sub
                if heading.subCut {
                    let key = TextKey(sub).value
                    let completions = Set(roles.filter { TextKey($0).value.hasPrefix(key) })
                    guard completions.count == 1, let full = completions.first else {
                        throw detector.error(
                            line: line, column: heading.index + 1,
                            "the heading '\(header[heading.index].trimmingWhitespace())' cuts the role's name to "
                                + "'\(sub)..', and "
                                + (completions.isEmpty
                                    ? "no role the file names in full starts so"
                                    : "several roles start so (\(completions.sorted().joined(separator: ", ")))")
                                + "; export with 'Question code & question text' without 'Text abbreviated' (or with more "
                                + "characters), or name the roles in the instrument (--instrument FILE with \"roles\")")
                    }
                    role = full
                }
                answers.append(
                    AnswerColumn(index: heading.index, header: header[heading.index], role: role, dimension: dimension))
            }
        }
        try detector.checkOptions(
            of: answers, in: sample, format: format, what: "by its place among the abbreviated headings")
        return answers
    }

    /// The role names the file and the instrument give in full: the instrument's roles, the
    /// subheadings not cut, and the answers of the other columns (the role question's among them).
    private static func knownRoles(
        _ header: [String], _ sample: [CSVRecord], _ instrument: Instrument, ignoring: Set<Int>, headings: [Heading]
    ) -> [String] {
        if instrument.definesRoles { return instrument.roles.flatMap { [$0.name] + $0.aliases } }
        var roles = headings.filter { !$0.subCut }.compactMap(\.sub)
        let answerColumns = Set(headings.map(\.index))
        for record in sample.prefix(500) {
            for (index, field) in record.fields.enumerated() where !answerColumns.contains(index) {
                let value = field.trimmingWhitespace()
                if !value.isEmpty, value.count <= 100 { roles.append(value) }
            }
        }
        return Array(Set(roles))
    }
}
