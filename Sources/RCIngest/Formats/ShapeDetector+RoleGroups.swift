import RCSurvey

/// Answer columns headed by a role name alone, as exports write a matrix (Likert) question whose
/// question text they leave out: Microsoft Forms heads each statement column with the statement
/// and numbers a repeated header (`Læge`, `Læge2`, … `Læge7`); REDCap's labels export heads each
/// matrix field with its row text, so the names simply repeat. Each repetition is one question:
/// the n-th group of role columns is read as the instrument's n-th question.
extension ShapeDetector {
    /// A role column: its header, the role, and which repetition of the role it is (1, 2, …).
    private struct RoleColumn {
        var index: Int
        var header: String
        var role: String
        var number: Int
    }

    /// The answer columns of repeated groups of role columns, or nil when the header has none;
    /// throws when there are groups that do not fit the instrument's questions.
    func roleColumnGroups(header: [String], ignoring: Set<Int>, sample: [CSVRecord], headerLine: Int)
        throws(IngestError) -> [AnswerColumn]?
    {
        var byRole: [TextKey: [RoleColumn]] = [:]
        var roles: [TextKey] = []
        for (index, text) in header.enumerated() where !ignoring.contains(index) {
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty, Dimension(matching: trimmed) == nil else { continue }
            var role = trimmed
            var number: Int?
            if !(instrument.definesRoles && instrument.role(matching: trimmed) != nil),
                let start = HeaderPatterns.trailingDigits(trimmed),
                let suffix = Int(trimmed[start...]), suffix >= 2
            {
                role = String(trimmed[..<start]).trimmingWhitespace()
                number = suffix
            }
            guard !role.isEmpty, !instrument.definesRoles || instrument.role(matching: role) != nil else { continue }
            let key = TextKey(role)
            if byRole[key] == nil { roles.append(key) }
            byRole[key, default: []].append(RoleColumn(index: index, header: trimmed, role: role, number: number ?? 0))
        }
        // Unnumbered repeats are numbered in the order they come; a lone unnumbered one is the first.
        for key in roles {
            var columns = byRole[key] ?? []
            let unnumbered = columns.indices.filter { columns[$0].number == 0 }
            let numbered = columns.contains { $0.number != 0 }
            for (position, k) in unnumbered.enumerated() { columns[k].number = numbered ? 1 : position + 1 }
            byRole[key] = columns
        }
        // A role is a header that repeats, first on its own, a name with a letter in it (so that
        // variable names such as s_2_1 or Q1…Q7 are not taken for numbered roles); there are two or more.
        let grouped = roles.filter { key in
            let columns = byRole[key] ?? []
            return columns.count >= 2 && columns.contains { $0.header == $0.role } && key.value.contains { $0.isLetter }
        }
        guard grouped.count >= 2 else { return nil }
        let columns = grouped.flatMap { byRole[$0] ?? [] }
        let groups = grouped.map { byRole[$0]?.count ?? 0 }.max() ?? 0
        let items = instrument.items
        let names = grouped.compactMap { byRole[$0]?.first?.role }
        let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
        func refuse(_ problem: String) -> IngestError {
            error(
                line: headerLine,
                "the headers name roles alone (\(shown)) in \(groups) groups, as a matrix question's statements are "
                    + "exported without the question, but \(problem); describe the columns in a mapping file "
                    + "('rckit inspect FILE --write-mapping map.json' writes one to edit) and read the file with "
                    + "'--input-format mapping --mapping map.json'")
        }
        for key in grouped {
            let numbers = (byRole[key] ?? []).map(\.number).sorted()
            guard numbers == Array(1...groups) else {
                let role = byRole[key]?.first?.role ?? key.value
                throw refuse(
                    "'\(role)' comes \(numbers.count) times (\(numbers.map(String.init).joined(separator: ", "))), not once in each of the \(groups) groups"
                )
            }
        }
        guard groups == items.count else {
            throw refuse(
                "the instrument \(instrument.name) has \(items.count) questions, so the groups cannot be read as its questions in order"
            )
        }
        var answers: [AnswerColumn] = []
        for column in columns.sorted(by: { $0.index < $1.index }) {
            answers.append(
                AnswerColumn(
                    index: column.index, header: column.header, role: column.role,
                    dimension: items[column.number - 1].dimension))
        }
        // A group whose answers are not its question's options is not that question.
        for (number, item) in items.enumerated() {
            guard let scale = instrument.scale(for: item.dimension) else { continue }
            let group = answers.filter { $0.dimension == item.dimension }
            for column in group {
                if let (line, value) = Self.firstNonOption(column.index, in: sample, scale, format: .wide) {
                    throw error(
                        line: line, column: column.index + 1,
                        "'\(column.header)' is read as question \(number + 1) (\(item.dimension.id)), the \(number + 1). group of role "
                            + "columns, but it holds '\(value.prefix(60))', which is not an option of that question's \(item.scaleID) "
                            + "scale: the groups of role columns do not follow the instrument's questions in order; describe the "
                            + "columns in a mapping file ('rckit inspect FILE --write-mapping map.json' writes one to edit)"
                    )
                }
            }
        }
        return answers
    }
}
