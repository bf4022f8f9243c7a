/// Finding and reading a ZIP archive's central directory (APPNOTE.TXT 4.3.12–4.3.16), ZIP64
/// included.
extension ZipArchive {
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    /// The end record is 22 bytes and may be followed by a comment of up to 65,535 bytes.
    private static let endSearchSpan = 22 + 0xFFFF

    /// Where the central directory is and how many entries it has.
    private struct Directory {
        var entries: Int
        var size: Int
        var offset: Int
    }

    /// Where the directory of the archive whose last bytes `tail` holds starts (nil when the
    /// tail holds it all, or when there is none to find: reading it then says why).
    static func directoryStart(_ tail: ByteReading, file: String) -> Int? {
        guard let directory = try? locateDirectory(tail, file: file), directory.offset < tail.base else { return nil }
        return directory.offset
    }

    static func readCentralDirectory(
        _ reading: ByteReading, file: String,
        limits: ArchiveLimits
    ) throws(ArchiveError) -> [ZipMember] {
        let directory = try locateDirectory(reading, file: file)
        guard directory.entries <= limits.maxMembers else {
            throw ArchiveError(
                .tooLarge, file: file,
                message: "the archive lists \(directory.entries) files, more than "
                    + "the \(limits.maxMembers) rckit reads")
        }
        guard reading.contains(directory.offset, directory.size) else { throw .truncated(file) }
        var members: [ZipMember] = []
        var position = directory.offset
        for _ in 0..<directory.entries {
            guard let signature = reading.u32(position) else { throw .truncated(file) }
            guard signature == centralSignature else {
                throw .corrupt(file, nil, "the archive's directory is damaged")
            }
            let (member, next) = try readEntry(reading, at: position, file: file)
            if let member, !member.name.hasSuffix("/") { members.append(member) }
            position = next
        }
        return members
    }

    /// Finds the end of central directory record, searching back over at most 65,557 bytes,
    /// and the ZIP64 record when the 32-bit fields say to look there.
    private static func locateDirectory(_ reading: ByteReading, file: String) throws(ArchiveError) -> Directory {
        var found: Int?
        var index = reading.end - 22
        let lowest = max(reading.base, reading.end - endSearchSpan)
        while index >= lowest {
            if reading.byte(at: index) == 0x50, reading.u32(index) == endSignature,
                let commentLength = reading.u16(index + 20), index + 22 + commentLength <= reading.end
            {
                found = index
                break
            }
            index -= 1
        }
        guard let end = found else {
            if reading.base > 0 || FileSignature(reading.bytes).isZip { throw .truncated(file) }
            throw ArchiveError(
                .notAnArchive, file: file, message: "this is not a ZIP archive or an Excel workbook (.xlsx)")
        }
        guard let disk = reading.u16(end + 4), let directoryDisk = reading.u16(end + 6),
            let entries = reading.u16(end + 10), let size = reading.u32(end + 12),
            let offset = reading.u32(end + 16)
        else { throw .truncated(file) }
        var directory = Directory(entries: entries, size: Int(size), offset: Int(offset))
        var disks = (disk, directoryDisk)
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF,
            reading.u32(end - 20) == zip64LocatorSignature
        {
            guard let record = reading.u64(end - 20 + 8), reading.u32(record) == zip64EndSignature else {
                throw .corrupt(file, nil, "the archive's ZIP64 directory record is missing")
            }
            guard let disk64 = reading.u32(record + 16), let directoryDisk64 = reading.u32(record + 20),
                let entries64 = reading.u64(record + 32), let size64 = reading.u64(record + 40),
                let offset64 = reading.u64(record + 48)
            else { throw .truncated(file) }
            directory = Directory(entries: entries64, size: size64, offset: offset64)
            disks = (Int(disk64), Int(directoryDisk64))
        }
        guard disks == (0, 0) else {
            throw ArchiveError(
                .unsupported, file: file,
                message: "the archive is split over several files (disks); "
                    + "join it into one archive, or unpack it and use the files themselves")
        }
        return directory
    }

    /// The central directory entry at `position` and where the next one starts.
    private static func readEntry(
        _ reading: ByteReading, at position: Int,
        file: String
    ) throws(ArchiveError) -> (ZipMember?, Int) {
        guard reading.contains(position, 46), let flags = reading.u16(position + 8),
            let method = reading.u16(position + 10), let crc = reading.u32(position + 16),
            let compressed32 = reading.u32(position + 20), let uncompressed32 = reading.u32(position + 24),
            let nameLength = reading.u16(position + 28), let extraLength = reading.u16(position + 30),
            let commentLength = reading.u16(position + 32), let offset32 = reading.u32(position + 42),
            let nameBytes = reading.slice(position + 46, nameLength),
            let extra = reading.slice(position + 46 + nameLength, extraLength),
            reading.contains(position + 46 + nameLength + extraLength, commentLength)
        else { throw .truncated(file) }
        let name = flags & 0x0800 != 0 ? String(decoding: nameBytes, as: UTF8.self) : CodePage437.decode(nameBytes)
        var member = ZipMember(
            name: name, method: method, compressedSize: Int(compressed32),
            uncompressedSize: Int(uncompressed32), crc32: crc, localHeaderOffset: Int(offset32),
            isEncrypted: flags & 1 != 0)
        if uncompressed32 == 0xFFFF_FFFF || compressed32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF {
            try applyZip64(
                extra: ByteReading(Array(extra)), to: &member, file: file,
                wide: (uncompressed32 == 0xFFFF_FFFF, compressed32 == 0xFFFF_FFFF, offset32 == 0xFFFF_FFFF))
        }
        return (member, position + 46 + nameLength + extraLength + commentLength)
    }

    /// Takes the 64-bit sizes and offset from the ZIP64 extra field (header id 1), which holds,
    /// in this order, just those whose 32-bit field is 0xFFFFFFFF.
    private static func applyZip64(
        extra: ByteReading, to member: inout ZipMember, file: String,
        wide: (uncompressed: Bool, compressed: Bool, offset: Bool)
    ) throws(ArchiveError) {
        var position = 0
        while let id = extra.u16(position), let size = extra.u16(position + 2) {
            let start = position + 4
            position = start + size
            guard id == 1 else { continue }
            var field = start
            func next() throws(ArchiveError) -> Int {
                guard field + 8 <= start + size, let value = extra.u64(field) else {
                    throw .corrupt(file, member.name, "the ZIP64 sizes are missing")
                }
                field += 8
                return value
            }
            if wide.uncompressed { member.uncompressedSize = try next() }
            if wide.compressed { member.compressedSize = try next() }
            if wide.offset { member.localHeaderOffset = try next() }
            return
        }
        throw .corrupt(file, member.name, "the ZIP64 sizes are missing")
    }
}
