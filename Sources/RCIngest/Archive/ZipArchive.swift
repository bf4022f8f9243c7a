/// A ZIP archive (PKWARE's APPNOTE.TXT), in memory or read from its file by offset: its central
/// directory listed, and any member unpacked on request within ``ArchiveLimits``, whole or as
/// a stream (``InflateStream``).
///
/// Every offset and length read from the archive is checked against the bytes with arithmetic
/// that cannot overflow, so damaged or hostile archives give an ``ArchiveError``, never a trap.
/// Encrypted members, compression methods other than stored (0) and DEFLATE (8), and archives
/// split over several disks are refused with a message saying so.
package struct ZipArchive: Sendable {
    /// The file, as the user named it, for messages.
    package let file: String
    /// The files in the archive, in central-directory order, directories left out.
    package let members: [ZipMember]
    /// The limits unpacking keeps to.
    package let limits: ArchiveLimits
    /// The whole archive, or for one read from its file, its directory and what follows.
    let reading: ByteReading
    /// The file members are read from, by offset; nil when `reading` holds the whole archive.
    let source: ArchiveFile?

    /// Reads the central directory of the archive `bytes`, named `file` in messages.
    package init(bytes: [UInt8], file: String, limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        try self.init(reading: ByteReading(bytes), source: nil, file: file, limits: limits)
    }

    /// Reads the central directory of the archive at `path` (named `file` in messages), reading
    /// from the file only the directory now and each member's bytes when asked for.
    init(path: String, file: String, limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        guard let source = ArchiveFile(path: path) else {
            throw ArchiveError(.notAnArchive, file: file, message: "cannot read the file")
        }
        // The end record and its comment, and the ZIP64 records before them: the last 1 MiB holds
        // them (and in a workbook, the whole directory); a longer directory is read from its start.
        let tailStart = max(0, source.size - (1 << 20))
        guard let tail = source.bytes(at: tailStart, count: source.size - tailStart) else { throw .truncated(file) }
        var reading = ByteReading(tail, base: tailStart)
        if let start = Self.directoryStart(reading, file: file), start >= 0, source.size - start <= 64 << 20 {
            guard let bytes = source.bytes(at: start, count: source.size - start) else { throw .truncated(file) }
            reading = ByteReading(bytes, base: start)
        }
        try self.init(reading: reading, source: source, file: file, limits: limits)
    }

    private init(reading: ByteReading, source: ArchiveFile?, file: String, limits: ArchiveLimits) throws(ArchiveError) {
        self.file = file
        self.limits = limits
        self.reading = reading
        self.source = source
        let members = try Self.readCentralDirectory(reading, file: file, limits: limits)
        // Two members of one name: tools differ on which they read (most, the last), so which
        // was meant cannot be known.
        var seen = Set<String>()
        for member in members where !seen.insert(member.name).inserted {
            throw ArchiveError(
                .ambiguousMember, file: file, location: member.name,
                message: "the archive holds two files of this name, and programs differ on which they read; "
                    + "unpack it and read the file you mean")
        }
        self.members = members
    }

    /// The member named `name` exactly, or else the only one whose name matches ignoring ASCII
    /// case and a leading `/` (Office part names are case-insensitive).
    package func member(named name: String) -> ZipMember? {
        if let exact = members.first(where: { $0.name == name }) { return exact }
        let wanted = Self.folded(name)
        let matches = members.filter { Self.folded($0.name) == wanted }
        return matches.count == 1 ? matches.first : nil
    }

    /// The member to read as a data file: the one named `name`, or when `name` is nil the only
    /// member whose extension is one of `extensions` (lowercased, e.g. `["csv", "txt"]`).
    /// Throws `noSuchMember` or `ambiguousMember`, listing the candidates.
    package func dataMember(named name: String?, extensions: [String]) throws(ArchiveError) -> ZipMember {
        if let name {
            if let member = member(named: name) { return member }
            throw ArchiveError(
                .noSuchMember, file: file, location: name,
                message: "no such file in the archive; it holds \(Self.list(members.map(\.name)))")
        }
        let candidates = members.filter { extensions.contains($0.pathExtension) }
        if candidates.count == 1, let only = candidates.first { return only }
        let kinds = extensions.map { ".\($0)" }.joined(separator: " or ")
        if candidates.isEmpty {
            throw ArchiveError(
                .noSuchMember, file: file,
                message: "the archive holds no \(kinds) file; it holds \(Self.list(members.map(\.name)))")
        }
        throw ArchiveError(
            .ambiguousMember, file: file,
            message: "the archive holds several \(kinds) files (\(Self.list(candidates.map(\.name)))); "
                + "choose one with --member")
    }

    /// The unpacked bytes of `member`, within the archive's limits for one member.
    package func contents(of member: ZipMember) throws(ArchiveError) -> [UInt8] {
        var budget = limits.maxTotalSize
        return try contents(of: member, budget: &budget)
    }

    /// The unpacked bytes of `member`, taking their size off `budget`: the bytes still allowed
    /// from this archive, so that a caller reading several members keeps to the total limit.
    package func contents(of member: ZipMember, budget: inout Int) throws(ArchiveError) -> [UInt8] {
        let location = member.name
        if member.isEncrypted {
            throw ArchiveError(
                .encrypted, file: file, location: location,
                message:
                    "the file is password-protected in the archive; unpack it with its password and use the file itself"
            )
        }
        guard member.method == 0 || member.method == 8 else {
            throw ArchiveError(
                .unsupported, file: file, location: location,
                message: "compressed with method \(member.method), which rckit does not read (only stored "
                    + "and DEFLATE); unpack the archive and use the file itself")
        }
        let limit = min(limits.maxMemberSize, max(budget, 0))
        let inflater = Inflater(file: file, member: location, maxOutput: limit, limits: limits)
        if member.uncompressedSize > limit {
            throw ArchiveError(
                .tooLarge, file: file, location: location,
                message: "unpacks to \(Inflater.mebibytes(member.uncompressedSize)), more than the "
                    + "\(Inflater.mebibytes(limit)) rckit unpacks into memory at once")
        }
        let data = try compressedData(of: member)
        let output: [UInt8]
        if member.method == 0 {
            guard data.count == member.uncompressedSize else {
                throw .corrupt(file, location, "the stored file's sizes disagree")
            }
            output = try inflater.copyStored(data)
        } else {
            output = try inflater.inflate(data, expectedSize: member.uncompressedSize)
        }
        guard Inflater.crc32(output) == member.crc32 else {
            throw .corrupt(file, location, "the file's checksum (CRC-32) does not match")
        }
        budget -= output.count
        return output
    }

    /// The compressed bytes of `member`, after its local header.
    func compressedData(of member: ZipMember) throws(ArchiveError) -> ArraySlice<UInt8> {
        let start = try compressedStart(of: member)
        if let source {
            guard let data = source.bytes(at: start, count: member.compressedSize) else {
                throw .truncated(file, member.name)
            }
            return data[...]
        }
        guard let data = reading.slice(start, member.compressedSize) else { throw .truncated(file, member.name) }
        return data
    }

    /// Where the compressed bytes of `member` start: after its local header.
    func compressedStart(of member: ZipMember) throws(ArchiveError) -> Int {
        let offset = member.localHeaderOffset
        var header = reading
        if let source {
            guard let bytes = source.bytes(at: offset, count: 30) else { throw .truncated(file, member.name) }
            header = ByteReading(bytes, base: offset)
        }
        guard header.contains(offset, 30) else { throw .truncated(file, member.name) }
        guard header.u32(offset) == 0x0403_4B50 else {
            throw .corrupt(file, member.name, "no local file header where the directory says")
        }
        guard let nameLength = header.u16(offset + 26), let extraLength = header.u16(offset + 28) else {
            throw .truncated(file, member.name)
        }
        return offset + 30 + nameLength + extraLength
    }

    static func folded(_ name: String) -> String {
        let trimmed = name.hasPrefix("/") ? String(name.dropFirst()) : name
        return String(decoding: trimmed.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Names for a message: the first few, quoted, and how many more.
    static func list(_ names: [String]) -> String {
        if names.isEmpty { return "nothing" }
        let shown = names.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 8 ? "\(shown) and \(names.count - 8) more" : shown
    }
}
