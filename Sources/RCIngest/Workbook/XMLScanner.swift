/// A small pull tokenizer over UTF-8 XML, enough for the parts of an Office Open XML
/// spreadsheet: start and end tags (an empty tag `<c/>` gives both) with attributes, and text
/// (CDATA included). Comments, processing instructions, the XML declaration and a DOCTYPE are
/// skipped; the five predefined entities and character references are decoded; namespace
/// prefixes are ignored when matching names, so `x:row` is `row`.
///
/// Foundation's `XMLParser` is not used: on Linux it lives in FoundationXML, which needs
/// libxml2 (not every platform ships it), and it is slow, calling back for every event. This
/// scanner allocates nothing per tag (names and values stay byte ranges until asked for), never
/// traps on malformed input, and reports it as corrupt, naming the part. It checks no nesting
/// and expands no entities a DTD declares, so it cannot be made to expand a "billion laughs".
package struct XMLScanner {
    /// What ``next()`` found.
    package enum Event: Sendable, Equatable {
        /// A start tag: ``isNamed(_:)`` and ``attribute(_:)`` read it.
        case start
        /// An end tag, or the end of an empty tag: ``isNamed(_:)`` reads it.
        case end
        /// Character data: ``text()`` reads it.
        case text
    }

    let bytes: [UInt8]
    /// The archive, for messages.
    package let file: String
    /// The part being read (`xl/worksheets/sheet1.xml`), for messages.
    package let part: String
    var position = 0
    var name: Range<Int> = 0..<0
    var attributes: [(name: Range<Int>, value: Range<Int>)] = []
    var textRange: Range<Int> = 0..<0
    var textIsCDATA = false
    var pendingEnd = false

    /// A scanner over the part `part` of `file`, whose bytes are `bytes`.
    package init(bytes: [UInt8], file: String, part: String) {
        self.bytes = bytes
        self.file = file
        self.part = part
    }

    /// The next event, or nil at the end of the part.
    package mutating func next() throws(ArchiveError) -> Event? {
        if pendingEnd {
            pendingEnd = false
            attributes.removeAll(keepingCapacity: true)
            return .end
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
                textRange = start..<position
                textIsCDATA = false
                return .text
            }
            if let event = try markup() { return event }
        }
        return nil
    }

    /// Whether the current tag's local name (after any `prefix:`) is `local`.
    package func isNamed(_ local: String) -> Bool {
        local.utf8.elementsEqual(bytes[name])
    }

    /// The current tag's local name.
    package var tagName: String { String(decoding: bytes[name], as: UTF8.self) }

    /// The decoded value of the current start tag's attribute whose local name is `local`
    /// (`id` finds `r:id`); namespace declarations are never matched.
    package func attribute(_ local: String) -> String? {
        for attribute in attributes where local.utf8.elementsEqual(bytes[attribute.name]) {
            return decode(attribute.value)
        }
        return nil
    }

    /// The current text, entities and character references decoded.
    package func text() -> String {
        textIsCDATA ? String(decoding: bytes[textRange], as: UTF8.self) : decode(textRange)
    }

    /// Reads the markup at `position` (a `<`): an event, or nil for what is skipped.
    private mutating func markup() throws(ArchiveError) -> Event? {
        let open = position
        if starts(with: "<?") {
            position = try skip(past: "?>", from: open)
        } else if starts(with: "<!--") {
            position = try skip(past: "-->", from: open + 4)
        } else if starts(with: "<![CDATA[") {
            let end = try skip(past: "]]>", from: open + 9)
            textRange = open + 9..<end - 3
            textIsCDATA = true
            position = end
            return .text
        } else if starts(with: "<!") {
            try skipDeclaration()
        } else if starts(with: "</") {
            position = open + 2
            name = try readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw malformed(open) }
            position += 1
            attributes.removeAll(keepingCapacity: true)
            return .end
        } else {
            position = open + 1
            name = try readName()
            try readAttributes(from: open)
            return .start
        }
        return nil
    }

    private mutating func readAttributes(from open: Int) throws(ArchiveError) {
        attributes.removeAll(keepingCapacity: true)
        while true {
            skipSpace()
            guard position < bytes.count else { throw malformed(open) }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                return
            case UInt8(ascii: "/"):
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw malformed(open)
                }
                position += 2
                pendingEnd = true
                return
            default:
                let isNamespace = starts(with: "xmlns")
                let attributeName = try readName()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw malformed(open) }
                position += 1
                skipSpace()
                guard position < bytes.count else { throw malformed(open) }
                let quote = bytes[position]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw malformed(open) }
                let start = position + 1
                position = start
                while position < bytes.count, bytes[position] != quote { position += 1 }
                guard position < bytes.count else { throw malformed(open) }
                if !isNamespace { attributes.append((attributeName, start..<position)) }
                position += 1
            }
        }
    }

    /// Reads a name at `position` and returns its local part.
    private mutating func readName() throws(ArchiveError) -> Range<Int> {
        let start = position
        var local = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || Self.isSpace(byte)
            {
                break
            }
            position += 1
            if byte == UInt8(ascii: ":") { local = position }
        }
        guard position > local else { throw malformed(start) }
        return local..<position
    }

    /// Skips `<!DOCTYPE …>` (with an internal subset in brackets) or any other `<!…>`.
    private mutating func skipDeclaration() throws(ArchiveError) {
        let open = position
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            if byte == UInt8(ascii: ">"), depth <= 0 { return }
        }
        throw malformed(open)
    }

    /// The position just after the first `terminator` at or after `from`.
    private func skip(past terminator: String, from: Int) throws(ArchiveError) -> Int {
        let pattern = Array(terminator.utf8)
        var index = from
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
                return index + pattern.count
            }
            index += 1
        }
        throw malformed(from)
    }

    private func starts(with prefix: String) -> Bool {
        let pattern = prefix.utf8
        return bytes.count - position >= pattern.count && bytes[position...].starts(with: pattern)
    }

    private mutating func skipSpace() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private func malformed(_ offset: Int) -> ArchiveError {
        .corrupt(file, part, "the XML is malformed near byte \(offset)")
    }
}
