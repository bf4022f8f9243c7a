/// Reads the XML parts of a workbook's package out of its archive.
struct PartReader {
    let archive: ZipArchive

    /// A scanner over the part `path`, or nil when the archive has no such part.
    func scanner(_ path: String, budget: inout Int) throws(ArchiveError) -> XMLScanner? {
        guard let member = archive.member(named: path) else { return nil }
        let bytes = try archive.contents(of: member, budget: &budget)
        return XMLScanner(bytes: bytes, file: archive.file, part: member.name)
    }

    /// The relationships of the part `path` (`""` for the package itself): the part
    /// `_rels/.rels` beside it; none when there is no such part.
    func relationships(of path: String, budget: inout Int) throws(ArchiveError) -> Relationships {
        let folder = Relationships.folder(of: path)
        let name = path.isEmpty ? "" : String(path.dropFirst(folder.count))
        guard var scanner = try scanner(folder + "_rels/" + name + ".rels", budget: &budget) else {
            return Relationships()
        }
        return try Relationships(&scanner, base: folder)
    }
}
