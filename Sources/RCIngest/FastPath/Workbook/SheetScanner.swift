/// The fast path's reading of a worksheet part: the rows of `<sheetData>` as they stream past,
/// each cell's text found as the general reader (``WorksheetReader``) finds it, without a
/// String for a number or a shared string. It reads the XML that spreadsheet programs write —
/// `<row r="2">`, `<c r="C2" s="1" t="s"><v>7</v></c>`, `<c r="D2"/>` — itself, and hands any
/// other cell (a formula, an inline string, a date, a decimal, an escape) to the general
/// reader's own cell code. Whatever else it meets — a merged range, a comment, a prefixed
/// element, rows out of order, a `<c>` outside a row — it stops at (``SheetScanner/Stop``), and
/// the sheet is read the general way.
///
/// The bytes come a block at a time; a cell or tag cut by the block's end is left for the next
/// call, which gets it again in front of the next block. It works on raw pointers (the
/// innermost loop of reading a workbook): every offset it forms is checked against the bytes.
struct SheetScanner {
    /// The scanner gave up: the sheet must be read the general way.
    struct Stop: Error {
        var reason: String
    }

    private enum Phase { case before, data, after }

    /// The general reader, for cells read its way (and for messages).
    let reader: WorksheetReader
    let part: String
    /// The shared strings' UTF-8 and the date styles, where the innermost loop reads them.
    private let tables: Tables
    private var phase = Phase.before
    /// The number of the current (or last) row element, as the general reader numbers rows.
    private(set) var rowNumber = 0
    private var inRow = false
    private var lastColumn = -1
    /// The number of the last row that held a value.
    private var lastKept = 0
    /// The current row's cells with a value.
    let row = SheetRow()

    init(reader: WorksheetReader, part: String) {
        self.reader = reader
        self.part = part
        tables = Tables(reader)
    }

    /// Whether the part has been read to the end of its rows.
    var sawEnd: Bool { phase == .after }

    /// Scans `bytes` (the rest of the last call's bytes, then a new block) as far as it can,
    /// calling `row` with each row that holds a value (its number and cells); returns how many bytes it took (the rest come again in front of
    /// the next block). With `last`, the bytes are the part's last, and all must be taken.
    mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, last: Bool, row: (_ number: Int, _ row: SheetRow) throws(Stop) -> Void
    ) throws(Stop) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        let cells = self.row, tables = self.tables
        var i = 0
        while i < n {
            // Nearly every cell, while 128 bytes are left: first the one-digit answer in the
            // next column of the row, then any cell of the usual form.
            if inRow, n &- i >= 128, base[i] == UInt8(ascii: "<"), base[i &+ 1] == UInt8(ascii: "c"),
                base[i &+ 2] == 0x20
            {
                if let end = Self.answerCell(base, i, &lastColumn, tables, cells) {
                    i = end
                    continue
                }
                if let end = Self.repeatedCell(base, i, &lastColumn, tables, cells) {
                    i = end
                    continue
                }
                if let end = Self.quickCell(base, i, &lastColumn, tables, cells) {
                    i = end
                    continue
                }
            }
            guard base[i] == UInt8(ascii: "<") else {
                // Text between elements: ignored, as the general reader ignores it outside cells.
                while i < n, base[i] != UInt8(ascii: "<") { i &+= 1 }
                continue
            }
            let next: Int
            switch phase {
            case .before, .after: next = try outside(base, i, n)
            case .data: next = try data(base, i, n, row)
            }
            if next < 0 { break }
            i = next
        }
        if last, i < n { throw Stop(reason: "the part ends inside a tag") }
        return i
    }

    // MARK: - Outside the rows

    /// A tag before or after `<sheetData>` at `i`; the position after it, or -1 when it is cut off.
    private mutating func outside(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) throws(Stop) -> Int {
        guard i &+ 1 < n else { return -1 }
        let second = p[i &+ 1]
        if second == UInt8(ascii: "?") {
            // A processing instruction or the XML declaration: up to `?>`.
            var k = i &+ 2
            while k &+ 1 < n {
                if p[k] == UInt8(ascii: "?"), p[k &+ 1] == UInt8(ascii: ">") { return k &+ 2 }
                k &+= 1
            }
            return -1
        }
        if second == UInt8(ascii: "!") { throw Stop(reason: "a comment or declaration") }
        let closing = second == UInt8(ascii: "/")
        let nameStart = closing ? i &+ 2 : i &+ 1
        guard let (nameEnd, local) = Self.name(p, nameStart, n) else { return -1 }
        let name = UnsafeBufferPointer(start: p + local, count: nameEnd &- local)
        if name.isEmpty || Self.equals(name, "row") || Self.equals(name, "c") || Self.equals(name, "mergeCell")
            || (Self.equals(name, "sheetData") && (phase == .after || local != nameStart))
        {
            throw Stop(reason: "a row outside the sheet data, a merged range, or malformed XML")
        }
        guard let (end, selfClosing) = try Self.tagEnd(p, nameEnd, n) else { return -1 }
        if !closing, phase == .before, Self.equals(name, "sheetData") { phase = selfClosing ? .after : .data }
        return end
    }

    // MARK: - The rows

    private mutating func data(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int,
        _ row: (_ number: Int, _ row: SheetRow) throws(Stop) -> Void
    ) throws(Stop) -> Int {
        guard i &+ 2 < n else { return -1 }
        let second = p[i &+ 1]
        if second == UInt8(ascii: "c"), Self.endsName(p[i &+ 2]) {
            guard inRow else { throw Stop(reason: "a cell outside a row") }
            return try cell(p, i, n)
        }
        if second == UInt8(ascii: "/") {
            guard let (nameEnd, local) = Self.name(p, i &+ 2, n) else { return -1 }
            guard let (end, _) = try Self.tagEnd(p, nameEnd, n) else { return -1 }
            let name = UnsafeBufferPointer(start: p + local, count: nameEnd &- local)
            guard local == i &+ 2 else { throw Stop(reason: "a prefixed element") }
            if Self.equals(name, "row") {
                if inRow { try endRow(row) }
            } else if Self.equals(name, "sheetData") {
                guard !inRow else { throw Stop(reason: "the sheet data ends inside a row") }
                phase = .after
            } else {
                throw Stop(reason: "an element the fast path does not read")
            }
            return end
        }
        guard second != UInt8(ascii: "!"), second != UInt8(ascii: "?"),
            let (nameEnd, local) = Self.name(p, i &+ 1, n)
        else {
            if second == UInt8(ascii: "!") || second == UInt8(ascii: "?") { throw Stop(reason: "a comment") }
            return -1
        }
        let name = UnsafeBufferPointer(start: p + local, count: nameEnd &- local)
        guard local == i &+ 1, Self.equals(name, "row") else {
            throw Stop(reason: "an element the fast path does not read")
        }
        var number: UnsafeBufferPointer<UInt8>?
        guard let (end, selfClosing) = try Self.tagEnd(p, nameEnd, n, r: &number) else { return -1 }
        if inRow { try endRow(row) }
        if let number {
            guard let value = Self.decimal(number), value >= 1, value <= CellReference.maxRows else {
                throw Stop(reason: "a row number the general reader refuses")
            }
            rowNumber = value
        } else {
            guard rowNumber < CellReference.maxRows else { throw Stop(reason: "a row past the last") }
            rowNumber &+= 1
        }
        self.row.removeAll()
        lastColumn = -1
        inRow = !selfClosing
        return end
    }

    private mutating func endRow(_ row: (_ number: Int, _ row: SheetRow) throws(Stop) -> Void) throws(Stop) {
        inRow = false
        guard self.row.count > 0 || self.row.direct > 0 else { return }
        // Stored bytes stand for their cells only when no cell can have replaced them.
        guard self.row.ordered || self.row.direct == 0 else { throw Stop(reason: "cells out of order") }
        // The general reader sorts rows by number and joins rows of one number.
        guard rowNumber > lastKept else { throw Stop(reason: "rows out of order") }
        lastKept = rowNumber
        try row(rowNumber, self.row)
    }

    /// The cell at `i` (`<c`); the position after it, or -1 when it is cut off.
    private mutating func cell(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) throws(Stop) -> Int {
        var reference: UnsafeBufferPointer<UInt8>?
        var style: UnsafeBufferPointer<UInt8>?
        var type: UnsafeBufferPointer<UInt8>?
        var plain = true
        guard let (tagEnd, selfClosing) = try Self.attributes(p, i &+ 2, n, &reference, &style, &type, &plain) else {
            return -1
        }
        var end = tagEnd
        var raw: UnsafeBufferPointer<UInt8>?
        if !selfClosing {
            // `<v>…</v></c>`, the value free of escapes and CRs; anything else is read the general way.
            if plain, tagEnd &+ 3 <= n, p[tagEnd] == UInt8(ascii: "<"), p[tagEnd &+ 1] == UInt8(ascii: "v"),
                p[tagEnd &+ 2] == UInt8(ascii: ">")
            {
                var k = tagEnd &+ 3
                while k < n, p[k] != UInt8(ascii: "<"), p[k] != UInt8(ascii: "&"), p[k] != 0x0D { k &+= 1 }
                guard k &+ 8 <= n else { return -1 }
                if p[k] == UInt8(ascii: "<"), Self.equals(UnsafeBufferPointer(start: p + k, count: 8), "</v></c>") {
                    raw = UnsafeBufferPointer(start: p + (tagEnd &+ 3), count: k &- tagEnd &- 3)
                    end = k &+ 8
                } else {
                    plain = false
                }
            } else {
                plain = false
            }
            if !plain {
                guard let found = try Self.cellEnd(p, tagEnd, n) else { return -1 }
                end = found
            }
        }
        if plain, let column = Self.column(reference, after: lastColumn),
            add(column: column, raw: raw, style: style, type: type)
        {
            lastColumn = column
        } else {
            // Read by the general reader's own code.
            let xml = Array(UnsafeBufferPointer(start: p + i, count: end &- i))
            let read: (column: Int, text: String)?
            do {
                read = try reader.cell(xml, part: part, row: rowNumber, after: lastColumn)
            } catch {
                throw Stop(reason: "a cell the general reader refuses")
            }
            guard let read else { throw Stop(reason: "a cell the fast path cannot delimit") }
            lastColumn = read.column
            if !read.text.isEmpty {
                var text = read.text
                text.withUTF8 { row.add(column: read.column, shared: -1, $0.baseAddress.unsafelyUnwrapped, $0.count) }
            }
        }
        return end
    }

    /// The cell at `i` when it is `<c r="REF"><v>D</v></c>` — the next column's letters and the
    /// row's digits as the row's last reference had them, one digit, no style or type — in an
    /// answer column, stored as its byte (``SheetRow/store(column:digit:)``); the position after
    /// it, or nil (having changed nothing) for anything else. Eight bytes at a time.
    @inline(__always)
    private static func answerCell(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ lastColumn: inout Int, _ tables: Tables, _ row: SheetRow
    ) -> Int? {
        let next = lastColumn &+ 1
        guard let k = nextReference(p, i, next, tables, row) else { return nil }
        // `"><v>D</v></c>`: bytes 0–4 and 6–7 of the first word, 0–5 of the second.
        let first = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
        let second = UnsafeRawPointer(p + (k &+ 8)).loadUnaligned(as: UInt64.self)
        let digit = UInt8(truncatingIfNeeded: first &>> 40)
        guard first & 0xFFFF_00FF_FFFF_FFFF == Self.answerHead, second & 0xFFFF_FFFF_FFFF == Self.answerTail,
            digit &- UInt8(ascii: "0") < 10, !tables.isDate(0), row.store(column: next, digit: digit)
        else { return nil }
        lastColumn = next
        return k &+ 14
    }

    /// The cell at `i` when it is the next column's, its row digits and its attributes those of
    /// the last cell read in full (``SheetRow/attributes``, as ` s="1" t="s"`), and its value
    /// digits: `<c r="AB12" s="1" t="s"><v>145</v></c>`, the form nearly every cell of a sheet of
    /// text answers takes — added to the row (a one-digit number, or a shared string that is
    /// one digit, stored as its answer's byte); the position after it, or nil (having changed
    /// nothing) for anything else.
    @inline(__always)
    private static func repeatedCell(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ lastColumn: inout Int, _ tables: Tables, _ row: SheetRow
    ) -> Int? {
        let count = row.attributeCount
        let next = lastColumn &+ 1
        guard count > 0, var k = nextReference(p, i, next, tables, row), p[k] == UInt8(ascii: "\"") else { return nil }
        k &+= 1
        let raw = UnsafeRawPointer(p)
        let (first, second) = row.attributes
        guard (raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) ^ first) & Tables.mask64(count) == 0,
            count <= 8
                || (raw.loadUnaligned(fromByteOffset: k &+ 8, as: UInt64.self) ^ second) & Tables.mask64(count &- 8)
                    == 0
        else { return nil }
        k &+= count
        // `><v>`, the value's digits (at most 9), `</v></c>`.
        guard raw.loadUnaligned(fromByteOffset: k, as: UInt32.self) == Self.valueHead else { return nil }
        let start = k &+ 4
        var e = start
        while e &- start < 10, p[e] &- UInt8(ascii: "0") < 10 { e &+= 1 }
        guard e > start, e &- start <= 9, raw.loadUnaligned(fromByteOffset: e, as: UInt64.self) == Self.valueTail
        else { return nil }
        let kind = row.attributeKind, style = row.attributeStyle
        var digit: UInt8?
        if kind == .number, e &- start == 1, !tables.isDate(style) {
            digit = p[start]
        } else if kind == .shared, let index = decimal(UnsafeBufferPointer(start: p + start, count: e &- start)) {
            digit = tables.sharedDigit(index)
        }
        if let digit, row.store(column: next, digit: digit) {
        } else if !tables.add(
            column: next, UnsafeBufferPointer(start: p + start, count: e &- start), kind: kind, style: style, to: row)
        {
            return nil
        }
        lastColumn = next
        return e &+ 8
    }

    /// `><v>` and `</v></c>`, little-endian.
    private static var valueHead: UInt32 { 0x3E76_3C3E }
    private static var valueTail: UInt64 { 0x3E63_2F3C_3E76_2F3C }

    /// Where the reference of the cell at `i` ends (at its closing quote, unchecked) when it is
    /// `r="` then column `next`'s letters and the row digits of the last reference read in full
    /// (``SheetRow/referenceDigits``); nil otherwise.
    @inline(__always)
    private static func nextReference(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ next: Int, _ tables: Tables, _ row: SheetRow
    ) -> Int? {
        let memo = row.referenceDigitCount
        guard memo > 0, p[i &+ 3] == UInt8(ascii: "r"), p[i &+ 4] == UInt8(ascii: "="),
            p[i &+ 5] == UInt8(ascii: "\""), let (letters, count) = tables.columnName(next)
        else { return nil }
        var k = i &+ 6
        guard (UnsafeRawPointer(p + k).loadUnaligned(as: UInt32.self) ^ letters) & Tables.mask32(count) == 0 else {
            return nil
        }
        k &+= count
        guard (UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self) ^ row.referenceDigits) & Tables.mask64(memo) == 0
        else { return nil }
        return k &+ memo
    }

    /// `"><v>` ? `</` and `v></c>`, little-endian (constants, so that no cell waits on a lazy global).
    private static var answerHead: UInt64 { 0x2F3C_003E_763C_3E22 }
    private static var answerTail: UInt64 { 0x3E63_2F3C_3E76 }

    /// The cell at `i` as spreadsheet programs write nearly every one —
    /// `<c r="AB12" s="3" t="s"><v>7</v></c>` or `<c r="AB12" s="3"/>`, attributes of one letter
    /// in double quotes, at most 128 bytes in all (which the bytes hold) — added to the row; the
    /// position after it, or nil (having changed nothing) for anything else, which ``cell(_:_:_:)``
    /// reads.
    @inline(__always)
    private static func quickCell(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ lastColumn: inout Int, _ tables: Tables, _ row: SheetRow
    ) -> Int? {
        let limit = i &+ 120
        var k = i &+ 2
        var column = -1
        var style = 0
        var kind = Tables.Kind.number
        var seen: UInt8 = 0  // bit 0 r, 1 s, 2 t
        var selfClosing = false
        // The attributes after a leading reference, up to `>`, for ``repeatedCell``.
        var attributesFrom = -1
        var attributesTo = -1
        while true {
            guard k < limit, p[k] == 0x20 else {
                if p[k] == UInt8(ascii: ">") {
                    attributesTo = k
                    k &+= 1
                } else if p[k] == UInt8(ascii: "/"), p[k &+ 1] == UInt8(ascii: ">") {
                    k &+= 2
                    selfClosing = true
                } else {
                    return nil
                }
                break
            }
            let name = p[k &+ 1]
            guard p[k &+ 2] == UInt8(ascii: "="), p[k &+ 3] == UInt8(ascii: "\"") else { return nil }
            k &+= 4
            switch name {
            case UInt8(ascii: "r"):
                guard seen & 1 == 0 else { return nil }
                seen |= 1
                // Letters (at most 3), then the row's digits (1–7, no leading zero): most often the
                // next column's letters, and the digits of the row's cell before.
                var value = 0
                let next = lastColumn &+ 1
                if let (letters, count) = tables.columnName(next),
                    (UnsafeRawPointer(p + k).loadUnaligned(as: UInt32.self) ^ letters) & Tables.mask32(count) == 0,
                    p[k &+ count] &- UInt8(ascii: "1") < 9
                {
                    value = next &+ 1
                    k &+= count
                } else {
                    var letters = 0
                    while letters < 3, p[k] &- UInt8(ascii: "A") < 26 {
                        value = value &* 26 &+ Int(p[k] &- UInt8(ascii: "A")) &+ 1
                        letters &+= 1
                        k &+= 1
                    }
                    guard letters > 0, value <= CellReference.maxColumns, p[k] &- UInt8(ascii: "1") < 9 else {
                        return nil
                    }
                }
                let memo = row.referenceDigitCount
                let word = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
                if memo > 0, (word ^ row.referenceDigits) & Tables.mask64(memo) == 0, p[k &+ memo] == UInt8(ascii: "\"")
                {
                    k &+= memo
                } else {
                    var digits = 0
                    var rowValue = 0
                    while p[k] &- UInt8(ascii: "0") < 10 {
                        rowValue = rowValue &* 10 &+ Int(p[k] &- UInt8(ascii: "0"))
                        digits &+= 1
                        k &+= 1
                    }
                    guard digits <= 7, rowValue <= CellReference.maxRows, p[k] == UInt8(ascii: "\"") else { return nil }
                    row.remember(digits: word & Tables.mask64(digits), count: digits)
                }
                column = value &- 1
                if seen == 1 { attributesFrom = k &+ 1 }
            case UInt8(ascii: "s"):
                guard seen & 2 == 0 else { return nil }
                seen |= 2
                var digits = 0
                while p[k] &- UInt8(ascii: "0") < 10 {
                    style = style &* 10 &+ Int(p[k] &- UInt8(ascii: "0"))
                    digits &+= 1
                    k &+= 1
                }
                guard digits > 0, digits <= 6, p[k] == UInt8(ascii: "\"") else { return nil }
            case UInt8(ascii: "t"):
                guard seen & 4 == 0 else { return nil }
                seen |= 4
                guard p[k &+ 1] == UInt8(ascii: "\"") else { return nil }
                if p[k] == UInt8(ascii: "s") {
                    kind = .shared
                } else if p[k] != UInt8(ascii: "n") {
                    return nil
                }
                k &+= 1
            default:
                return nil
            }
            k &+= 1
        }
        if column < 0 {
            guard seen & 1 == 0, lastColumn &+ 1 < CellReference.maxColumns else { return nil }
            column = lastColumn &+ 1
        }
        if selfClosing {
            lastColumn = column
            return k
        }
        // `<v>digits</v></c>`
        guard p[k] == UInt8(ascii: "<"), p[k &+ 1] == UInt8(ascii: "v"), p[k &+ 2] == UInt8(ascii: ">") else {
            return nil
        }
        let start = k &+ 3
        // One digit, then the ends: the usual answer, stored as its byte.
        if kind == .number, p[start] &- UInt8(ascii: "0") < 10, p[start &+ 1] == UInt8(ascii: "<"),
            p[start &+ 2] == UInt8(ascii: "/"), p[start &+ 3] == UInt8(ascii: "v"), p[start &+ 4] == UInt8(ascii: ">"),
            p[start &+ 5] == UInt8(ascii: "<"), p[start &+ 6] == UInt8(ascii: "/"), p[start &+ 7] == UInt8(ascii: "c"),
            p[start &+ 8] == UInt8(ascii: ">"), !tables.isDate(style), row.store(column: column, digit: p[start])
        {
            lastColumn = column
            rememberAttributes()
            return start &+ 9
        }
        var e = start
        while e < limit, p[e] &- UInt8(ascii: "0") < 10 { e &+= 1 }
        guard e < limit, p[e] == UInt8(ascii: "<"), p[e &+ 1] == UInt8(ascii: "/"), p[e &+ 2] == UInt8(ascii: "v"),
            p[e &+ 3] == UInt8(ascii: ">"), p[e &+ 4] == UInt8(ascii: "<"), p[e &+ 5] == UInt8(ascii: "/"),
            p[e &+ 6] == UInt8(ascii: "c"), p[e &+ 7] == UInt8(ascii: ">"),
            tables.add(
                column: column, UnsafeBufferPointer(start: p + start, count: e &- start), kind: kind, style: style,
                to: row)
        else { return nil }
        lastColumn = column
        rememberAttributes()
        return e &+ 8

        func rememberAttributes() {
            if attributesFrom >= 0, attributesTo > attributesFrom {
                row.remember(
                    attributes: p + attributesFrom, count: attributesTo &- attributesFrom, kind: kind, style: style)
            }
        }
    }

    /// Adds a cell read here: an empty one, a number written as a whole number in plain digits,
    /// or a shared string; false, having added nothing, for any other value (or a date style),
    /// which the general reader's code reads.
    @inline(__always)
    private mutating func add(
        column: Int, raw: UnsafeBufferPointer<UInt8>?, style: UnsafeBufferPointer<UInt8>?,
        type: UnsafeBufferPointer<UInt8>?
    ) -> Bool {
        var styleIndex = 0
        if let style {
            guard let value = Self.decimal(style) else { return false }
            styleIndex = value
        }
        let kind: Tables.Kind =
            type == nil
            ? .number
            : Self.equals(type.unsafelyUnwrapped, "n")
                ? .number
                : Self.equals(type.unsafelyUnwrapped, "s") ? .shared : .other
        guard let raw else { return true }
        return tables.add(column: column, raw, kind: kind, style: styleIndex, to: row)
    }

    // MARK: - Tokens

    /// The name at `start`: its end and where its local part starts; nil when cut off.
    @inline(__always)
    private static func name(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> (end: Int, local: Int)? {
        var k = start
        var local = start
        while k < n {
            let b = p[k]
            if endsName(b) || b == UInt8(ascii: "=") || b == UInt8(ascii: "<") { return (k, local) }
            k &+= 1
            if b == UInt8(ascii: ":") { local = k }
        }
        return nil
    }

    @inline(__always)
    private static func endsName(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// The end of the tag whose name ends at `k`: after its `>`, and whether it was `/>`; nil
    /// when cut off.
    private static func tagEnd(_ p: UnsafePointer<UInt8>, _ k: Int, _ n: Int) throws(Stop) -> (Int, Bool)? {
        var r: UnsafeBufferPointer<UInt8>?
        var style: UnsafeBufferPointer<UInt8>?
        var type: UnsafeBufferPointer<UInt8>?
        var plain = true
        return try attributes(p, k, n, &r, &style, &type, &plain)
    }

    /// ``tagEnd(_:_:_:)`` of a row's start tag, with its `r` attribute.
    private static func tagEnd(
        _ p: UnsafePointer<UInt8>, _ k: Int, _ n: Int, r: inout UnsafeBufferPointer<UInt8>?
    ) throws(Stop) -> (Int, Bool)? {
        var style: UnsafeBufferPointer<UInt8>?
        var type: UnsafeBufferPointer<UInt8>?
        var plain = true
        guard let found = try attributes(p, k, n, &r, &style, &type, &plain) else { return nil }
        guard plain else { throw Stop(reason: "an attribute the fast path does not read") }
        return found
    }

    /// Reads attributes from `k` to the tag's end, keeping the first `r`, `s` and `t`; `plain`
    /// turns false when one of them has an escape or a prefix, or is given twice (the general
    /// reader must read the tag). Throws on what is not an attribute.
    private static func attributes(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ r: inout UnsafeBufferPointer<UInt8>?,
        _ s: inout UnsafeBufferPointer<UInt8>?, _ t: inout UnsafeBufferPointer<UInt8>?, _ plain: inout Bool
    ) throws(Stop) -> (Int, Bool)? {
        var k = start
        while true {
            while k < n, p[k] == 0x20 || p[k] == 0x0A || p[k] == 0x0D || p[k] == 0x09 { k &+= 1 }
            guard k < n else { return nil }
            let b = p[k]
            if b == UInt8(ascii: ">") { return (k &+ 1, false) }
            if b == UInt8(ascii: "/") {
                guard k &+ 1 < n else { return nil }
                guard p[k &+ 1] == UInt8(ascii: ">") else { throw Stop(reason: "malformed XML") }
                return (k &+ 2, true)
            }
            guard let (nameEnd, local) = name(p, k, n) else { return nil }
            guard nameEnd > local else { throw Stop(reason: "malformed XML") }
            var e = nameEnd
            while e < n, p[e] == 0x20 || p[e] == 0x0A || p[e] == 0x0D || p[e] == 0x09 { e &+= 1 }
            guard e &+ 1 < n else { return nil }
            guard p[e] == UInt8(ascii: "=") else { throw Stop(reason: "malformed XML") }
            e &+= 1
            while e < n, p[e] == 0x20 || p[e] == 0x0A || p[e] == 0x0D || p[e] == 0x09 { e &+= 1 }
            guard e < n else { return nil }
            let quote = p[e]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Stop(reason: "malformed XML") }
            let valueStart = e &+ 1
            var v = valueStart
            var escaped = false
            while v < n, p[v] != quote {
                if p[v] == UInt8(ascii: "&") { escaped = true }
                v &+= 1
            }
            guard v < n else { return nil }
            let localName = UnsafeBufferPointer(start: p + local, count: nameEnd &- local)
            if nameEnd &- local == 1,
                !(nameEnd &- k >= 5 && equals(UnsafeBufferPointer(start: p + k, count: 5), "xmlns"))
            {
                let value = UnsafeBufferPointer(start: p + valueStart, count: v &- valueStart)
                let which = localName[0]
                if which == UInt8(ascii: "r") || which == UInt8(ascii: "s") || which == UInt8(ascii: "t") {
                    if local != k || escaped { plain = false }
                    if which == UInt8(ascii: "r") {
                        if r != nil { plain = false } else { r = value }
                    } else if which == UInt8(ascii: "s") {
                        if s != nil { plain = false } else { s = value }
                    } else {
                        if t != nil { plain = false } else { t = value }
                    }
                }
            }
            k = v &+ 1
        }
    }

    /// The end of a cell read the general way: after the first `</c>` from `k`, when nothing
    /// before it could confuse the general reader's own delimiting (another `<c`, a comment or
    /// CDATA, a prefixed element, an end tag `</c >`); nil when cut off.
    private static func cellEnd(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) throws(Stop) -> Int? {
        var k = start
        while k < n {
            guard p[k] == UInt8(ascii: "<") else {
                k &+= 1
                continue
            }
            guard k &+ 1 < n else { return nil }
            if p[k &+ 1] == UInt8(ascii: "!") || p[k &+ 1] == UInt8(ascii: "?") {
                throw Stop(reason: "a comment or CDATA in a cell")
            }
            let closing = p[k &+ 1] == UInt8(ascii: "/")
            guard let (nameEnd, local) = name(p, closing ? k &+ 2 : k &+ 1, n) else { return nil }
            guard local == (closing ? k &+ 2 : k &+ 1) else { throw Stop(reason: "a prefixed element in a cell") }
            let name = UnsafeBufferPointer(start: p + local, count: nameEnd &- local)
            if equals(name, "c") {
                guard closing, p[nameEnd] == UInt8(ascii: ">") else { throw Stop(reason: "a cell inside a cell") }
                return nameEnd &+ 1
            }
            if equals(name, "row") || equals(name, "sheetData") { throw Stop(reason: "a cell without its end") }
            k = nameEnd
        }
        return nil
    }

    /// The 0-based column of a reference (`AB12`, letters then a row number, as
    /// ``CellReference`` reads it), or the one after `previous` without one; nil for anything
    /// else (`$` anchors, no row number …), which the general reader reads.
    @inline(__always)
    private static func column(_ reference: UnsafeBufferPointer<UInt8>?, after previous: Int) -> Int? {
        guard let reference else { return previous &+ 1 < CellReference.maxColumns ? previous &+ 1 : nil }
        var column = 0
        var k = 0
        let n = reference.count
        while k < n, k < 3 {
            let letter = reference[k] | 0x20
            guard letter &- UInt8(ascii: "a") < 26 else { break }
            column = column &* 26 &+ Int(letter &- UInt8(ascii: "a")) &+ 1
            k &+= 1
        }
        let digits = n &- k
        guard k > 0, digits >= 1, digits <= 7, reference[k] != UInt8(ascii: "0"), column <= CellReference.maxColumns
        else { return nil }
        var row = 0
        while k < n {
            let digit = reference[k] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            row = row &* 10 &+ Int(digit)
            k &+= 1
        }
        guard row <= CellReference.maxRows else { return nil }
        return column &- 1
    }

    /// A whole number in plain digits (at most 9), or nil.
    @inline(__always)
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let pattern = text.utf8Start
        for k in 0..<bytes.count where bytes[k] != pattern[k] { return false }
        return true
    }
}
