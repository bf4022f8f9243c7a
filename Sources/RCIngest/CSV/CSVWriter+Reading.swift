extension CSVWriter {
    /// Where the field at `start` of rows this writer wrote ends: the delimiter or line break
    /// after it, or the end of `bytes` (a quoted field may hold delimiters and line breaks).
    package func fieldEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let quote = UInt8(ascii: "\""), delimiter = delimiter.byte
        var i = start
        if i < bytes.count, bytes[i] == quote {
            i += 1
            while i < bytes.count {
                if bytes[i] == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        i += 2
                        continue
                    }
                    i += 1
                    break
                }
                i += 1
            }
        }
        while i < bytes.count, bytes[i] != delimiter, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") {
            i += 1
        }
        return i
    }

    /// The value of a field as this writer wrote it: without its quotes, doubled quotes single.
    package static func value<Field: RandomAccessCollection<UInt8>>(ofField field: Field) -> [UInt8]
    where Field.Index == Int {
        let quote = UInt8(ascii: "\"")
        guard field.count >= 2, field.first == quote, field.last == quote else { return Array(field) }
        var value: [UInt8] = []
        var i = field.startIndex + 1
        let last = field.endIndex - 1
        while i < last {
            value.append(field[i])
            i += field[i] == quote && i + 1 < last && field[i + 1] == quote ? 2 : 1
        }
        return value
    }
}
