@_spi(FastPath) import RCSurvey

/// The background columns of a file read on the fast path (``IngestOptions/collectsBackground``),
/// and what was noted last. A respondent's records (a tidy file has one an answer) mostly repeat
/// the respondent, round and background fields of the one before byte for byte; noting a record
/// the same in those fields as one noted before changes nothing (its values are known, or their
/// conflict is), so such a record is passed over without making its fields Strings.
struct BackgroundNotes {
    let columns: [BackgroundColumn]
    /// The fields noting depends on — respondent, round, background columns — or nil when the
    /// respondent is no field (a wide file without ids: each row is its own respondent).
    let keyFields: [Int]?
    /// Those fields' bytes, each followed by the delimiter (which no field of a split record
    /// holds), for the record noted last.
    private var last: [UInt8] = []
    private var hasLast = false

    init(columns: [BackgroundColumn], layout: Layout) {
        self.columns = columns
        switch layout {
        case let .long(layout):
            keyFields = [layout.respondent] + (layout.round.map { [$0] } ?? []) + columns.map(\.index)
        case let .wide(layout):
            keyFields = layout.respondentColumn.map {
                [$0] + (layout.roundColumn.map { [$0] } ?? []) + columns.map(\.index)
            }
        }
    }

    var isEmpty: Bool { columns.isEmpty }

    /// Whether the current record must be noted: it differs from the one noted last in a field
    /// noting depends on (a field past the record's last counts as empty, as noting takes it).
    mutating func mustNote(_ records: SplitRecords) -> Bool {
        assert(records.code == .none, "a record of a file with background columns is split, never coded")
        guard let keyFields else { return true }
        let delimiter = records.delimiter
        if hasLast, repeatsLast(records, keyFields, delimiter) { return false }
        last.removeAll(keepingCapacity: true)
        for index in keyFields {
            if index < records.count { last.append(contentsOf: records.field(index)) }
            last.append(delimiter)
        }
        hasLast = true
        return true
    }

    /// Whether the record's key fields are, byte for byte, those of the record noted last.
    private func repeatsLast(_ records: SplitRecords, _ keyFields: [Int], _ delimiter: UInt8) -> Bool {
        last.withUnsafeBufferPointer { last in
            var at = 0
            for index in keyFields {
                if index < records.count {
                    let field = records.field(index)
                    guard at + field.count < last.count,
                        ByteKeyTable.equal(field.baseAddress, last.baseAddress.map { $0 + at }, count: field.count)
                    else { return false }
                    at += field.count
                }
                guard at < last.count, last[at] == delimiter else { return false }
                at += 1
            }
            return at == last.count
        }
    }
}

extension Ingestor {
    /// Notes the background values of a record read on the fast path, as the general path
    /// notes them (``noteBackground(_:_:_:_:)``), unless they were noted already.
    mutating func noteBackground(
        _ records: SplitRecords, _ layout: Layout, _ context: ReadContext, _ notes: inout BackgroundNotes
    ) {
        guard notes.mustNote(records) else { return }
        // Noting reads only the key fields of a record whose respondent is given (the first is
        // the respondent's): the others are left empty, not made Strings (a wide row has a
        // hundred or more). Without a respondent, the whole record, as noting may look at all.
        if let keyFields = notes.keyFields, let first = keyFields.first, first < records.count,
            !records.string(first).trimmingWhitespace().isEmpty
        {
            var fields = [String](repeating: "", count: records.count)
            for index in keyFields where index < records.count { fields[index] = records.string(index) }
            noteBackground(CSVRecord(fields: fields, line: records.line), layout, context, notes.columns)
        } else {
            noteBackground(records.record, layout, context, notes.columns)
        }
    }
}
