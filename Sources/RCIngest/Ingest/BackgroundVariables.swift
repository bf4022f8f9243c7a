import RCSurvey

/// A column of a file that holds a background variable of the respondent (SPEC §2, §6): a
/// tidy column after `value`, or a column of a wide export that is neither respondent, role,
/// round nor an answer, and not one of a survey tool's own metadata columns.
public struct BackgroundColumn: Sendable, Equatable {
    /// 0-based field index.
    public var index: Int
    /// The header as written (`Afdeling`, `unit`).
    public var name: String
}

extension DetectedShape {
    /// Columns survey tools add to every export about the response rather than the respondent
    /// (dates, progress, IP address, e-mail, name), by ``TextKey`` with the spaces taken out:
    /// they are not background variables, and some identify people.
    static let toolColumns: Set<String> = {
        let names = Qualtrics.metadata.union(LimeSurvey.columns).union([
            "id", "token", "seed", "datestamp", "ipaddr", "refurl", "timestamp", "tidsstempel", "email address",
            "e-mailadresse", "email", "e-mail", "mail", "name", "navn", "start time", "completion time", "last modified time",
            "starttidspunkt", "sluttidspunkt", "tidspunkt for fuldførelse", "senest ændret", "respondentid", "ip-adresse", "external data reference",
        ])
        return Set(names.map { TextKey($0).value.replacingOccurrences(of: " ", with: "") })
    }()

    /// The columns of this shape that hold background variables, in column order.
    public var backgroundColumns: [BackgroundColumn] {
        func named(_ index: Int) -> BackgroundColumn? {
            guard index < header.count else { return nil }
            let name = header[index].trimmingWhitespace()
            return TextKey(name).isEmpty ? nil : BackgroundColumn(index: index, name: name)
        }
        switch layout {
        case let .long(layout):
            let used = Set([layout.respondent, layout.rater, layout.target, layout.dimension, layout.value] + [layout.round].compactMap { $0 })
            let known = Set(LongLayout.columnNames.map { TextKey($0).value })
            return header.indices.filter { $0 > layout.value && !used.contains($0) && !known.contains(TextKey(header[$0]).value) }
                .compactMap(named)
        case let .wide(layout):
            var used = Set(layout.answerColumns.map(\.index))
            used.insert(layout.raterColumn)
            if let index = layout.respondentColumn { used.insert(index) }
            if let index = layout.roundColumn { used.insert(index) }
            return header.indices.filter { index in
                !used.contains(index) && !DetectedShape.toolColumns.contains(TextKey(header[index]).value.replacingOccurrences(of: " ", with: ""))
            }.compactMap(named)
        }
    }
}

/// The background variables of the respondents read so far (`unit`, `Afdeling`, `Vagt`): for
/// each respondent of each round, one value per variable. A variable is constant per
/// respondent; a blank cell gives no value, and two different values for one respondent are a
/// conflict (``conflict``), which the commands report as an error at the second one's line.
public struct BackgroundVariables: Sendable {
    /// The variables' names, as first written, in the order first met.
    public private(set) var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    /// By round label and respondent id: the value of each variable (nil: not given).
    private var values: [Respondent: [String?]] = [:]
    /// The first respondent given two different values of one variable.
    public private(set) var conflict: IngestError?

    private struct Respondent: Hashable {
        var round: String
        var id: String
    }

    public init() {}

    /// Whether nothing was read.
    public var isEmpty: Bool { names.isEmpty }

    /// The number of the variable named `name` (matched like role names: case, spaces and
    /// punctuation aside).
    public func variable(named name: String) -> Int? {
        nameIndex[TextKey(name).value]
    }

    /// The value of variable `variable` of respondent `id` in round `round`; nil when not given.
    public func value(_ variable: Int, round: String, respondent id: String) -> String? {
        guard let row = values[Respondent(round: round, id: id)], variable < row.count else { return nil }
        return row[variable]
    }

    /// The values of `variable` with their respondents, in order of their first spelling
    /// (values that differ only in case and spacing are one); respondents without a value last,
    /// as nil. Respondents of each round count separately.
    public func counts(of variable: Int) -> [(value: String?, respondents: Int)] {
        var order: [String] = []
        var spelling: [String: String] = [:]
        var tally: [String: Int] = [:]
        var none = 0
        for row in values.values {
            guard variable < row.count, let value = row[variable] else {
                none += 1
                continue
            }
            let key = TextKey(value).value
            if spelling[key] == nil {
                spelling[key] = value
                order.append(key)
            }
            tally[key, default: 0] += 1
        }
        var result: [(value: String?, respondents: Int)] = order.sorted { spelling[$0]! < spelling[$1]! }
            .map { (spelling[$0], tally[$0] ?? 0) }
        if none > 0 { result.append((nil, none)) }
        return result
    }

    /// Notes the background values of one record of respondent `id` in round `round`.
    mutating func note(_ fields: [String], columns: [BackgroundColumn], round: String, respondent id: String,
                       at location: (file: String, sheet: String?, line: Int)) {
        guard !columns.isEmpty else { return }
        let key = Respondent(round: round, id: id)
        var row = values[key] ?? []
        for column in columns {
            let variable = number(of: column.name)
            if row.count <= variable { row.append(contentsOf: repeatElement(nil, count: variable + 1 - row.count)) }
            let text = column.index < fields.count ? fields[column.index].trimmingWhitespace() : ""
            guard !text.isEmpty else { continue }
            if let known = row[variable] {
                if conflict == nil, TextKey(known).value != TextKey(text).value {
                    conflict = IngestError(file: location.file, sheet: location.sheet, line: location.line, column: column.index + 1,
                                           message: "respondent \(id) has \(names[variable]) '\(known)' on an earlier line and '\(text)' here; a background variable has one value per respondent")
                }
            } else {
                row[variable] = text
            }
        }
        values[key] = row
    }

    private mutating func number(of name: String) -> Int {
        let key = TextKey(name).value
        if let known = nameIndex[key] { return known }
        nameIndex[key] = names.count
        names.append(name)
        return names.count - 1
    }
}
