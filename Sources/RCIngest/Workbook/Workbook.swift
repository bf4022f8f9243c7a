/// An Office Open XML spreadsheet (.xlsx, ECMA-376), read from a ``ZipArchive``: its sheet
/// names in order, and any sheet as a table of text on request.
///
/// Opening it reads the parts every sheet needs — the package relationships (to find the
/// workbook part), the workbook part (sheet names, the 1904 date system), its relationships,
/// the shared strings and the styles (which cell formats are dates); each sheet is read when
/// asked for. Everything unpacked keeps to the archive's ``ArchiveLimits``.
package struct Workbook: Sendable {
    /// The archive the workbook is in.
    package let archive: ZipArchive
    /// The file, as the user named it, for messages.
    package var file: String { archive.file }
    /// The sheets' names, in the workbook's order.
    package var sheetNames: [String] { sheets.map(\.name) }
    /// Whether dates count from 1904 (`workbookPr date1904`) rather than 1900.
    package let date1904: Bool
    let sheets: [(name: String, path: String?)]
    let sharedStrings: [String]
    let dateStyles: [Bool]
    /// What is left of the archive's total limit once the common parts are read.
    let budget: Int

    /// Reads the workbook in `bytes`, named `file` in messages. An old .xls, a
    /// password-protected workbook, an .ods or a file that is no archive at all is refused with
    /// a message saying what to do.
    package init(bytes: [UInt8], file: String, limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        switch FileSignature(bytes) {
        case .ole: throw OLECompoundFile.error(for: bytes, file: file)
        case .text: throw ArchiveError(.notAnArchive, file: file, message: "this is not an Excel workbook (.xlsx)")
        case .zip, .emptyZip: try self.init(archive: ZipArchive(bytes: bytes, file: file, limits: limits))
        }
    }

    /// Reads the workbook in `archive`.
    package init(archive: ZipArchive) throws(ArchiveError) {
        self.archive = archive
        var budget = archive.limits.maxTotalSize
        let reader = PartReader(archive: archive)
        if let mimetype = archive.member(named: "mimetype"),
            let type = try? archive.contents(of: mimetype, budget: &budget),
            type.starts(with: Array("application/vnd.oasis.opendocument".utf8))
        {
            throw .openDocument(archive.file)
        }
        let root = try reader.relationships(of: "", budget: &budget)
        let workbookPath = [root.path(typeSuffix: "officeDocument"), "xl/workbook.xml"]
            .compactMap { $0 }.first { archive.member(named: $0) != nil }
        guard let workbookPath, var scanner = try reader.scanner(workbookPath, budget: &budget) else {
            throw ArchiveError(
                .notAWorkbook, file: archive.file,
                message: "the ZIP archive holds no Excel workbook "
                    + "(no xl/workbook.xml); if it holds CSV files, name the one to read with --member")
        }
        var named: [(name: String, id: String?)] = []
        var date1904 = false
        while let event = try scanner.next() {
            guard event == .start else { continue }
            if scanner.isNamed("sheet"), let name = scanner.attribute("name") {
                named.append((name, scanner.attribute("id")))
            } else if scanner.isNamed("workbookPr") {
                date1904 = ["1", "true"].contains(scanner.attribute("date1904") ?? "")
            }
        }
        let relations = try reader.relationships(of: workbookPath, budget: &budget)
        let folder = Relationships.folder(of: workbookPath)
        self.sheets = named.map { sheet in (sheet.name, sheet.id.flatMap { relations.path(id: $0) }) }
        self.date1904 = date1904
        let stringsPath = relations.path(typeSuffix: "sharedStrings") ?? folder + "sharedStrings.xml"
        if var strings = try reader.scanner(stringsPath, budget: &budget) {
            if let plain = SharedStringsPart.readPlain(strings.bytes) {
                self.sharedStrings = plain
            } else {
                self.sharedStrings = try SharedStringsPart.read(&strings)
            }
        } else {
            self.sharedStrings = []
        }
        let stylesPath = relations.path(typeSuffix: "styles") ?? folder + "styles.xml"
        if var styles = try reader.scanner(stylesPath, budget: &budget) {
            self.dateStyles = try StylesPart.dateStyles(&styles)
        } else {
            self.dateStyles = []
        }
        self.budget = budget
    }

    /// The sheet named `name` (exactly, or else ignoring case), or the first sheet when `name`
    /// is nil. An unknown name is refused with `noSuchSheet`, listing the sheets there are.
    package func sheet(named name: String?) throws(ArchiveError) -> WorksheetTable {
        let (sheetName, member) = try part(ofSheet: name)
        var budget = budget
        let bytes = try archive.contents(of: member, budget: &budget)
        return try reader(ofSheet: sheetName).read(bytes, part: member.name)
    }

    /// The name and part of the sheet named `name` (as ``sheet(named:)`` finds it).
    func part(ofSheet name: String?) throws(ArchiveError) -> (name: String, member: ZipMember) {
        let index: Int?
        if let name {
            index =
                sheets.firstIndex { $0.name == name }
                ?? sheets.firstIndex { $0.name.lowercased() == name.lowercased() }
        } else {
            index = sheets.isEmpty ? nil : 0
        }
        guard let index else {
            let names = sheetNames.map { "'\($0)'" }.joined(separator: ", ")
            throw ArchiveError(
                .noSuchSheet, file: file, location: name,
                message: sheets.isEmpty
                    ? "the workbook has no sheets"
                    : "no such sheet; the workbook's sheets are \(names)")
        }
        let sheet = sheets[index]
        guard let path = sheet.path, let member = archive.member(named: path) else {
            throw ArchiveError(
                .corrupt, file: file, location: sheet.name,
                message: "the workbook lists the sheet but holds no part for it; save it again from Excel")
        }
        return (sheet.name, member)
    }

    /// The reader of the sheet `name`'s cells, with the workbook's shared strings and styles.
    func reader(ofSheet name: String) -> WorksheetReader {
        WorksheetReader(
            file: file, sheetName: name, sharedStrings: sharedStrings,
            dateStyles: dateStyles, date1904: date1904, maxCells: archive.limits.maxCells)
    }

    /// The name of the first sheet whose name contains one of `words`, ignoring case: in a
    /// SurveyXact workbook, `["dataset"]`, `["labels", "label"]`, `["structure", "struktur"]`.
    package func sheet(matching words: [String]) -> String? {
        let lowered = words.map { $0.lowercased() }
        return sheetNames.first { name in
            let candidate = name.lowercased()
            return lowered.contains { !$0.isEmpty && candidate.contains($0) }
        }
    }
}
