import RCSurvey

/// A column of a file that holds a background variable of the respondent (SPEC §2, §6): a
/// tidy column after `value`, or a column of a wide export that is neither respondent, role,
/// round nor an answer, and not one of a survey tool's own metadata columns.
struct BackgroundColumn: Sendable, Equatable {
    /// 0-based field index.
    var index: Int
    /// The header as written (`Afdeling`, `unit`).
    var name: String
}

extension DetectedShape {
    /// Columns survey tools add to every export about the response rather than the respondent
    /// (dates, progress, IP address, e-mail, name), by ``TextKey`` with the spaces taken out:
    /// they are not background variables, and some identify people.
    static let toolColumns: Set<String> = {
        let names = Qualtrics.metadata.union(LimeSurvey.columns).union([
            "id", "token", "seed", "datestamp", "ipaddr", "refurl", "timestamp", "tidsstempel", "email address",
            "e-mailadresse", "email", "e-mail", "mail", "name", "navn", "start time", "completion time",
            "last modified time",
            "starttidspunkt", "sluttidspunkt", "tidspunkt for fuldførelse", "senest ændret", "respondentid",
            "ip-adresse",
            "external data reference", "response type", "status",
            "recipient last name", "recipient first name", "recipient email", "location latitude", "location longitude",
            "distribution channel", "user language", "q recaptchascore", "q relevantidduplicate",
            "q relevantidfraudscore"
        ])
        return Set(names.map { TextKey($0).value.replacingOccurrences(of: " ", with: "") })
    }()

    /// Whether a column is one a survey tool adds of its own: in ``toolColumns``, or one that
    /// any export format's reader knows as its tool's (SurveyMonkey's `Collector ID`, REDCap's
    /// `…_complete` and `…_timestamp`, Microsoft Forms' `Completion time`).
    static func isToolColumn(_ header: String) -> Bool {
        toolColumns.contains(TextKey(header).value.replacingOccurrences(of: " ", with: ""))
            || ExportFormatReaders.all.contains { $0.isOwnColumn(header) }
    }

    /// The columns of this shape that hold background variables, in column order; never one
    /// that identifies people (``IdentifyingColumns``).
    var backgroundColumns: [BackgroundColumn] {
        func named(_ index: Int) -> BackgroundColumn? {
            guard index < header.count else { return nil }
            let name = header[index].trimmingWhitespace()
            return TextKey(name).isEmpty || IdentifyingColumns.identify(name)
                ? nil : BackgroundColumn(index: index, name: name)
        }
        switch layout {
        case let .long(layout):
            let used = Set(
                [layout.respondent, layout.rater, layout.target, layout.dimension, layout.value]
                    + [layout.round].compactMap { $0 })
            let known = Set(LongLayout.columnNames.map { TextKey($0).value })
            return header.indices.filter {
                $0 > layout.value && !used.contains($0) && !known.contains(TextKey(header[$0]).value)
            }
            .compactMap(named)
        case let .wide(layout):
            var used = Set(layout.answerColumns.map(\.index))
            used.insert(layout.raterColumn)
            if let index = layout.respondentColumn { used.insert(index) }
            if let index = layout.roundColumn { used.insert(index) }
            if let other = layout.otherRole { used.insert(other.column) }
            return header.indices.filter { index in
                !used.contains(index) && !DetectedShape.isToolColumn(header[index])
            }.compactMap(named)
        }
    }
}

/// The background variables of the respondents read so far (`unit`, `Afdeling`, `Vagt`): for
/// each respondent of each round, one value per variable. A variable is constant per
/// respondent; a blank cell gives no value, and two different values for one respondent are a
/// conflict (``conflict``), which the commands report as an error at the second one's line.
///
/// A column whose values mostly differ from one respondent to the next — free-text comments,
/// names, e-mail addresses, times — groups no one and may identify people: more distinct values
/// than half the respondents with a value make it no background variable (it is read, never
/// shown or written).
public struct BackgroundVariables: Sendable {
    /// Every column's name, as first written, in the order first met.
    private var allNames: [String] = []
    private var nameIndex: [String: Int] = [:]
    /// By round label and respondent id: the value of each variable (nil: not given).
    private var values: [Respondent: [String?]] = [:]
    /// By variable, the first respondent given two different values of it.
    private var conflicts: [Int: IngestError] = [:]
    /// The columns ``note(_:columns:round:respondent:at:)`` was last given, with each one's
    /// variable: a file's records all come with the same columns, so their names are matched
    /// once, not once a record.
    private var lastColumns: (columns: [BackgroundColumn], variables: [Int]) = ([], [])

    private struct Respondent: Hashable {
        var round: String
        var id: String
    }

    /// No variables yet.
    package init() {}

    /// The background variables, in the order first met.
    public var names: [String] { allNames.indices.filter(groups).map { allNames[$0] } }

    /// The first respondent given two different values of a background variable, if any.
    public var conflict: IngestError? {
        conflicts.keys.sorted().first(where: groups).flatMap { conflicts[$0] }
    }

    /// Whether there are none.
    public var isEmpty: Bool { names.isEmpty }

    /// The variable named `name` (matched like role names: case, spaces and punctuation
    /// aside), as the data names it.
    public func variable(named name: String) -> String? {
        guard let index = nameIndex[TextKey(name).value], groups(index) else { return nil }
        return allNames[index]
    }

    /// The value of variable `name` of respondent `id` in round `round`; nil when not given.
    public func value(of name: String, round: String, respondent id: String) -> String? {
        guard let variable = nameIndex[TextKey(name).value], let row = values[Respondent(round: round, id: id)],
            variable < row.count
        else { return nil }
        return row[variable]
    }

    /// Every respondent's value of variable `name` (nil: none given), by round label and id.
    public func values(of name: String) -> [String: [String: String?]] {
        guard let variable = nameIndex[TextKey(name).value] else { return [:] }
        var result: [String: [String: String?]] = [:]
        for (respondent, row) in values {
            result[respondent.round, default: [:]][respondent.id] = variable < row.count ? row[variable] : nil
        }
        return result
    }

    /// The values of variable `name` with their respondents, in the order of their spelling
    /// (values that differ only in case and spacing are one, spelt as the first of them in that
    /// order); respondents without a value last, as nil. Respondents of each round count separately.
    public func counts(of name: String) -> [(value: String?, respondents: Int)] {
        guard let variable = nameIndex[TextKey(name).value] else { return [] }
        return counts(variable)
    }

    private func counts(_ variable: Int) -> [(value: String?, respondents: Int)] {
        var spelling: [String: String] = [:]
        var tally: [String: Int] = [:]
        var none = 0
        for row in values.values {
            guard variable < row.count, let value = row[variable] else {
                none += 1
                continue
            }
            let key = TextKey(value).value
            if spelling[key] == nil || value < spelling[key]! { spelling[key] = value }
            tally[key, default: 0] += 1
        }
        var result: [(value: String?, respondents: Int)] = spelling.keys.sorted { spelling[$0]! < spelling[$1]! }
            .map { (spelling[$0], tally[$0] ?? 0) }
        if none > 0 { result.append((nil, none)) }
        return result
    }

    /// Whether variable `index` groups respondents: at most half as many distinct values as
    /// respondents with a value.
    private func groups(_ index: Int) -> Bool {
        let counts = counts(index).filter { $0.value != nil }
        let respondents = counts.reduce(0) { $0 + $1.respondents }
        return !counts.isEmpty && counts.count <= max(1, respondents / 2)
    }

    /// Notes the background values of one record of respondent `id` in round `round`.
    mutating func note(
        _ fields: [String], columns: [BackgroundColumn], round: String, respondent id: String,
        at location: (file: String, sheet: String?, line: Int)
    ) {
        guard !columns.isEmpty else { return }
        if lastColumns.columns != columns { lastColumns = (columns, columns.map { number(of: $0.name) }) }
        let variables = lastColumns.variables
        let key = Respondent(round: round, id: id)
        // A respondent's later records (a tidy file has one an answer) mostly repeat the values
        // of the first: then the row is only read.
        var row = values[key] ?? []
        var changed = false
        for (column, variable) in zip(columns, variables) {
            if row.count <= variable {
                row.append(contentsOf: repeatElement(nil, count: variable + 1 - row.count))
                changed = true
            }
            let text = column.index < fields.count ? fields[column.index].trimmingWhitespace() : ""
            guard !text.isEmpty else { continue }
            if let known = row[variable] {
                if known != text, conflicts[variable] == nil, TextKey(known).value != TextKey(text).value {
                    conflicts[variable] = IngestError(
                        file: location.file, sheet: location.sheet, line: location.line, column: column.index + 1,
                        message:
                            "respondent \(id) has \(allNames[variable]) '\(known)' on an earlier line and '\(text)' here; a background variable has one value per respondent"
                    )
                }
            } else {
                row[variable] = text
                changed = true
            }
        }
        if changed { values[key] = row }
    }

    private mutating func number(of name: String) -> Int {
        let key = TextKey(name).value
        if let known = nameIndex[key] { return known }
        nameIndex[key] = allNames.count
        allNames.append(name)
        return allNames.count - 1
    }
}
