extension SheetScanner {
    /// What the scanner looks up for nearly every cell, in raw memory: the shared strings' UTF-8
    /// back to back (string `i` is `text[starts[i] ..< starts[i + 1]]`) and whether each cell
    /// style shows numbers as dates.
    final class Tables {
        enum Kind { case number, shared, other }

        private let text: UnsafeMutableBufferPointer<UInt8>
        private let starts: UnsafeMutableBufferPointer<Int>
        private let dates: UnsafeMutableBufferPointer<Bool>
        /// Every column's letters (little-endian) and their count.
        private let names: UnsafeMutableBufferPointer<UInt32>

        init(_ reader: WorksheetReader) {
            let strings = reader.sharedStrings
            let total = strings.reduce(0) { $0 + $1.utf8.count }
            text = .allocate(capacity: max(total, 1))
            starts = .allocate(capacity: strings.count + 1)
            var used = 0
            starts[0] = 0
            for (k, string) in strings.enumerated() {
                for byte in string.utf8 {
                    text[used] = byte
                    used += 1
                }
                starts[k + 1] = used
            }
            dates = .allocate(capacity: max(reader.dateStyles.count, 1))
            for (k, isDate) in reader.dateStyles.enumerated() { dates[k] = isDate }
            names = .allocate(capacity: CellReference.maxColumns)
            for column in 0..<CellReference.maxColumns {
                var packed: UInt32 = 0
                for (k, byte) in WorksheetTable.columnName(column).utf8.enumerated() {
                    packed |= UInt32(byte) << (8 * k)
                }
                names[column] = packed
            }
        }

        /// The letters of `column` (little-endian) and their count; nil past the last column.
        @inline(__always)
        func columnName(_ column: Int) -> (letters: UInt32, count: Int)? {
            guard column < names.count else { return nil }
            let letters = names[column]
            return (letters, letters < 0x100 ? 1 : letters < 0x1_0000 ? 2 : 3)
        }

        /// The low `count` bytes.
        @inline(__always)
        static func mask32(_ count: Int) -> UInt32 { count >= 4 ? ~0 : (1 << (UInt32(count) &* 8)) &- 1 }

        @inline(__always)
        static func mask64(_ count: Int) -> UInt64 { count >= 8 ? ~0 : (1 << (UInt64(count) &* 8)) &- 1 }

        deinit {
            text.deallocate()
            starts.deallocate()
            dates.deallocate()
            names.deallocate()
        }

        private var sharedCount: Int { starts.count - 1 }

        /// The digit of shared string `index` when it is one digit, which a one-digit number's
        /// cell also gives (nil: any other string, or no such string).
        @inline(__always)
        func sharedDigit(_ index: Int) -> UInt8? {
            guard index < sharedCount, starts[index &+ 1] &- starts[index] == 1, let text = text.baseAddress else {
                return nil
            }
            let byte = text[starts[index]]
            return byte &- UInt8(ascii: "0") < 10 ? byte : nil
        }

        /// Whether cell style `style` shows numbers as dates.
        @inline(__always)
        func isDate(_ style: Int) -> Bool { style < dates.count && dates[style] }

        /// Adds a cell whose value `raw` (not empty, free of escapes) is read here — a whole
        /// number in plain digits (at most 15, no leading zero) in a style that is no date's, or
        /// a shared string — to `row`; false for any other, which the general reader's code reads.
        @inline(__always)
        func add(column: Int, _ raw: UnsafeBufferPointer<UInt8>, kind: Kind, style: Int, to row: SheetRow) -> Bool {
            guard let base = raw.baseAddress, !raw.isEmpty else { return true }
            switch kind {
            case .number:
                // `NumberText.format` writes such a number as its digits.
                if style < dates.count, dates[style] { return false }
                guard raw.count <= 15, base[0] != UInt8(ascii: "0") || raw.count == 1 else { return false }
                for k in 0..<raw.count where base[k] &- UInt8(ascii: "0") >= 10 { return false }
                row.add(column: column, shared: -1, base, raw.count)
                return true
            case .shared:
                guard let index = SheetScanner.decimal(raw), index < sharedCount else { return false }
                let from = starts[index], to = starts[index &+ 1]
                if to > from, let text = text.baseAddress {
                    row.add(column: column, shared: Int32(truncatingIfNeeded: index), text + from, to &- from)
                }
                return true
            case .other:
                return false
            }
        }
    }
}
