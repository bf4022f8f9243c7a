import Foundation
import RCIngest
@_spi(FastPath) import RCSurvey

/// Where `rckit import` sends the answers it reads: each answer the survey builder takes (it
/// refuses duplicates and conflicting roles, as `analyze` does) is written as a row of tidy long
/// CSV. (It lives beside the builder, not in RCIngest beside ``CSVWriter``, so that the builder
/// is called directly, not through an existential, once a tie.) It takes the fast path's answers too and writes them from bytes made once: a role name or
/// round label is quoted once per file, a dimension and a score's text once, a tie's leading
/// fields once per tie; only a respondent id is looked at for quoting, once per tie or row.
struct TidyRowSink: CodedAnswerSink {
    /// What decides which answers are written: what it refuses is refused.
    private var gate: SurveyBuilder
    private let writer: CSVWriter
    private let rows: RowBuffer
    /// Each field a row is made of, written as CSV with what follows it: by answer code
    /// (``WideRow/code(score:)``, 0 for missing) the value and the line break; then by dimension
    /// index its id and the delimiter; then by name number the name and the delimiter.
    private var fields = FieldTable()
    private static let dimensionKeys = 256
    /// How many bytes of rows go out at a time.
    static let chunkSize = 1 << 20
    private static let nameKeys = dimensionKeys + Dimension.allCases.count
    /// The line break after each row.
    private let newline: [UInt8]
    /// The last coded answer's respondent, round, rater and target fields: the row of a further
    /// answer of its tie up to the dimension.
    private let tiePrefix = TiePrefix()
    /// The wide columns last met, and each one's target and dimension fields.
    private var rowColumns: WideColumns?
    /// The kept labels of the wide rows last met (``WideRow/labels``), whose codes' tails are made.
    private var rowLabels: WideLabels?
    private var columnFields = FieldTable()
    /// The tails of the wide rows' tidy rows (target, dimension, value, line break) by column ×
    /// 256 + answer code: the key of each in `rowTails`, -1 until made.
    private var rowTails = FieldTable()
    private var rowTailKeys: [Int32] = []

    /// Rows go to `output` about a MiB at a time, and the rest by ``finish()``; `gate` decides
    /// which answers are taken.
    init(gate: SurveyBuilder, writer: CSVWriter, output: RowOutput) {
        self.gate = gate
        self.writer = writer
        rows = RowBuffer(capacity: TidyRowSink.chunkSize, output: output)
        newline = Array(writer.newline.rawValue.utf8)
        for code in 0...255 {
            let score = code == 0 ? nil : WideRow.score(code: UInt8(code))
            fields.add(Array((score?.compact ?? "").utf8) + newline)
        }
        for dimension in Dimension.allCases { fields.add(Array(dimension.id.utf8) + [writer.delimiter.byte]) }
    }

    /// Hands over the rows still held.
    func finish() {
        rows.drain()
    }

    mutating func accept(_ answer: Answer) -> AnswerRejection? {
        if case let .rejected(reason) = gate.add(answer) { return reason }
        var line: [UInt8] = []
        writer.append(
            [
                answer.respondent, answer.round, answer.raterRole, answer.targetRole, answer.dimension.id,
                answer.score.map(\.compact) ?? answer.missingLabel ?? ""
            ], to: &line)
        rows.append(line)
        return nil
    }

    mutating func accept(_ answer: CodedAnswer, names: [String]) -> AnswerRejection? {
        if let reason = gate.accept(answer, names: names) { return reason }
        // Keys first: making one changes the table.
        let round = nameKey(answer.round, names), rater = nameKey(answer.rater, names),
            target = nameKey(answer.target, names)
        tiePrefix.setRespondent(answer.respondent, writer)
        fields.withStorage { storage, starts in tiePrefix.setNames(storage, starts, round, rater, target) }
        if let score = answer.score, WideRow.code(score: score) == nil {
            writeScoreRow(answer.dimension.index, score)
        } else {
            writeTieRow(answer.dimension.index, code: answer.score.flatMap(WideRow.code(score:)).map(Int.init) ?? 0)
        }
        return nil
    }

    mutating func acceptRepeats(_ answers: RepeatedAnswers) -> Int {
        let taken = gate.acceptRepeats(answers)
        var k = 0
        while k < taken {
            // The answers up to the next score that is no code, in one go.
            k = writeTieRows(answers, from: k, to: taken)
            if k < taken, let score = answers.score(k) {
                writeScoreRow(answers.dimension(k), score)
                k += 1
            }
        }
        return taken
    }

    /// Writes the row of the last coded answer's tie on dimension `dimension` whose score is no
    /// answer code (a fraction, say): its value written out.
    private func writeScoreRow(_ dimension: Int, _ score: Double) {
        rows.append(
            tiePrefix.bytes + fields.bytes(of: TidyRowSink.dimensionKeys + dimension) + Array(score.compact.utf8)
                + newline)
    }

    /// Writes rows of the last coded answer's tie from answer `first` on, up to `end` or the
    /// first score that is no code (``WideRow/code(score:)``), and returns where it stopped: its
    /// leading fields, then each answer's dimension and value.
    private func writeTieRows(_ answers: RepeatedAnswers, from first: Int, to end: Int) -> Int {
        let prefixCount = tiePrefix.count, prefixBase = UnsafePointer(tiePrefix.base)
        var k = first
        fields.withStorage { storage, starts in
            rows.write((end - first) * (prefixCount + 2 * fields.longest)) { out in
                var at = 0
                while k < end {
                    let code: Int
                    if let score = answers.score(k) {
                        guard let found = WideRow.code(score: score) else { break }
                        code = Int(found)
                    } else {
                        code = 0
                    }
                    TidyRowSink.copyWords(prefixBase, prefixCount, to: out + at)
                    at &+= prefixCount
                    let d = TidyRowSink.dimensionKeys &+ answers.dimension(k)
                    let dimensionCount = starts[d &+ 1] &- starts[d], valueCount = starts[code &+ 1] &- starts[code]
                    TidyRowSink.copyWords(storage + starts[d], dimensionCount, to: out + at)
                    at &+= dimensionCount
                    TidyRowSink.copyWords(storage + starts[code], valueCount, to: out + at)
                    at &+= valueCount
                    k &+= 1
                }
                return at
            }
        }
        return k
    }

    /// Writes a row of the last coded answer's tie: its leading fields, a dimension and a value code.
    @inline(__always)
    private func writeTieRow(_ dimension: Int, code: Int) {
        let prefixCount = tiePrefix.count, prefixBase = UnsafePointer(tiePrefix.base)
        fields.withStorage { storage, starts in
            rows.write(prefixCount + 2 * fields.longest) { out in
                TidyRowSink.copyWords(prefixBase, prefixCount, to: out)
                let d = TidyRowSink.dimensionKeys &+ dimension
                let dimensionCount = starts[d &+ 1] &- starts[d], valueCount = starts[code &+ 1] &- starts[code]
                TidyRowSink.copyWords(storage + starts[d], dimensionCount, to: out + prefixCount)
                TidyRowSink.copyWords(storage + starts[code], valueCount, to: out + (prefixCount &+ dimensionCount))
                return prefixCount &+ dimensionCount &+ valueCount
            }
        }
    }

    mutating func expect(respondents: Int) {
        gate.expect(respondents: respondents)
    }

    /// Takes wide rows with kept missing labels by their codes (``WideRow/labels``): it writes
    /// each label as the general path does, and its gate gets them as ``WideRow/missingCode``.
    var takesMissingLabels: Bool { true }

    mutating func acceptRow(_ row: WideRow, names: [String]) -> Int {
        let taken = gateRow(row, names)
        guard taken > 0 else { return 0 }
        var prefix: [UInt8] = []
        TidyRowSink.appendField(row.respondent, writer, to: &prefix)
        let round = nameKey(row.round, names), rater = nameKey(row.rater, names)
        if rowColumns !== row.columns || rowLabels !== row.labels {
            // Each column's target and dimension fields, together; their rows' tails are made
            // as their codes come.
            let keys = row.columns.targets.map { nameKey($0, names) }
            columnFields = FieldTable()
            for k in 0..<row.columns.count {
                columnFields.add(
                    Array(
                        fields.bytes(of: keys[k])
                            + fields.bytes(of: TidyRowSink.dimensionKeys + row.columns.dimensions[k])))
            }
            rowTails = FieldTable()
            rowTailKeys = [Int32](repeating: -1, count: row.columns.count * 256)
            rowColumns = row.columns
            rowLabels = row.labels
        }
        prefix += fields.bytes(of: round)
        prefix += fields.bytes(of: rater)
        let prefixCount = prefix.count
        prefix += repeatElement(0, count: TidyRowSink.spare)  // room to copy it a chunk at a time
        var k = 0
        while k < taken {
            k = writeWideRows(row.codes, prefix, prefixCount, from: k, to: taken)
            if k < taken { makeRowTail(column: k, code: row.codes[k], row.labels) }
        }
        return taken
    }

    /// Hands `row` to the gate with every kept label's code as ``WideRow/missingCode``: the gate
    /// takes codes as scores, and a label's answer is a missing one (as the general path's
    /// ``RCSurvey/Answer`` with a label is).
    private mutating func gateRow(_ row: WideRow, _ names: [String]) -> Int {
        guard let labels = row.labels else { return gate.acceptRow(row, names: names) }
        let n = row.codes.count, first = labels.firstCode
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, n)) { masked in
            for k in 0..<n {
                let code = row.codes[k]
                masked[k] = code >= first ? WideRow.missingCode : code
            }
            var plain = row
            plain.codes = UnsafeBufferPointer(rebasing: masked[..<n])
            plain.labels = nil
            return gate.acceptRow(plain, names: names)
        }
    }

    /// Writes the rows of a wide row's answers from `first` on, up to `end` or the first whose
    /// tail is not made yet, and returns where it stopped: each row the prefix (respondent,
    /// round, rater), then the tail of its column and code (target, dimension, value, line break).
    private func writeWideRows(
        _ codes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], _ prefixCount: Int, from first: Int, to end: Int
    ) -> Int {
        var k = first
        prefix.withUnsafeBufferPointer { prefix in
            rowTailKeys.withUnsafeBufferPointer { keys in
                rowTails.withStorage { tails, starts in
                    rows.write((end - first) * (prefixCount + rowTails.longest)) { out in
                        var at = 0
                        let prefixBase = prefix.baseAddress.unsafelyUnwrapped
                        while k < end {
                            let key = Int(keys[k &* 256 &+ Int(codes[k])])
                            if key < 0 { break }
                            TidyRowSink.copyWords(prefixBase, prefixCount, to: out + at)
                            at &+= prefixCount
                            let tail = starts[key], tailCount = starts[key &+ 1] &- tail
                            TidyRowSink.copyWords(tails + tail, tailCount, to: out + at)
                            at &+= tailCount
                            k &+= 1
                        }
                        return at
                    }
                }
            }
        }
        return k
    }

    /// Makes the tail of the rows of answer column `column` with answer code `code`: a kept
    /// label's (of `labels`) the label written as the general path writes it.
    private mutating func makeRowTail(column: Int, code: UInt8, _ labels: WideLabels?) {
        var value: [UInt8] = []
        if let labels, labels.isLabel(code) {
            writer.appendField(labels.text(of: code), to: &value)
            value += newline
        } else {
            value = Array(fields.bytes(of: code == WideRow.missingCode ? 0 : Int(code)))
        }
        rowTails.add(Array(columnFields.bytes(of: column)) + value)
        rowTailKeys[column * 256 + Int(code)] = Int32(rowTails.count - 1)
    }

    /// How many bytes past its end every byte string copied by ``copyWords(_:_:to:)`` has to
    /// spare, and every place it is copied to.
    static let spare = 16

    /// Copies `count` bytes sixteen at a time: it may read up to 15 bytes past `source`'s
    /// (which must be there) and write up to 15 past `target`'s (overwritten by what follows).
    @inline(__always)
    private static func copyWords(_ source: UnsafePointer<UInt8>, _ count: Int, to target: UnsafeMutablePointer<UInt8>)
    {
        var i = 0
        while i < count {
            UnsafeMutableRawPointer(target).storeBytes(
                of: UnsafeRawPointer(source).loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self),
                toByteOffset: i, as: SIMD16<UInt8>.self)
            i &+= 16
        }
    }

    /// The key of a name's field, made when the name is first met.
    private mutating func nameKey(_ name: NameNumber, _ names: [String]) -> Int {
        let key = TidyRowSink.nameKeys + name.index
        while fields.count <= key {
            // Name numbers count up from 0, and each is met before any higher one is used here
            // or not at all: a field is made for every number up to this one.
            var field: [UInt8] = []
            let number = fields.count - TidyRowSink.nameKeys
            writer.appendField(number < names.count ? names[number] : "", to: &field)
            field.append(writer.delimiter.byte)
            fields.add(field)
        }
        return key
    }

    /// A field's bytes as CSV, with the delimiter after them: as they are when they need no
    /// quotes (the usual respondent id).
    /// (Static: an instance method writing into one of the sink's own arrays would copy the sink.)
    static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, _ writer: CSVWriter, to out: inout [UInt8]) {
        let delimiter = writer.delimiter.byte
        let plain =
            bytes.first != UInt8(ascii: " ") && bytes.last != UInt8(ascii: " ")
            && !bytes.contains {
                $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
            }
        if plain {
            out.append(contentsOf: bytes)
        } else {
            writer.appendField(String(decoding: bytes, as: UTF8.self), to: &out)
        }
        out.append(delimiter)
    }
}
