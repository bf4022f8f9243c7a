/// Why a ZIP archive or an Excel workbook could not be read, with where in it the problem is.
///
/// The message is one sentence for the project leader who got the file: what is wrong and,
/// where there is something to do, what to do (save it again as .xlsx or CSV, download it
/// again, remove a password). `location` names the worksheet cell (`Ark1!C12`), the sheet, or
/// the archive member (`xl/worksheets/sheet1.xml`) the problem is in.
package struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for code that wants to react to it.
    package enum Kind: String, Sendable, Equatable {
        /// Neither a ZIP archive nor an Office file.
        case notAnArchive
        /// The file ends too early: it was cut off while downloading or copying.
        case truncated
        /// The bytes contradict themselves (bad offsets, a broken DEFLATE stream, a CRC mismatch,
        /// malformed XML, an impossible cell reference).
        case corrupt
        /// Well formed, but uses a feature rckit does not read (a compression method other than
        /// stored or DEFLATE, an archive split over several disks).
        case unsupported
        /// Over one of the ``ArchiveLimits``: a ZIP bomb, or a sheet far larger than a survey.
        case tooLarge
        /// A password-protected ZIP member or workbook.
        case encrypted
        /// An old binary Excel workbook (.xls, an OLE compound file).
        case oldExcel
        /// An OpenDocument spreadsheet (.ods).
        case openDocument
        /// A ZIP archive that holds no Excel workbook.
        case notAWorkbook
        /// The file asked for is not in the archive (or there is no CSV file in it).
        case noSuchMember
        /// Several files in the archive could be the one meant.
        case ambiguousMember
        /// The worksheet asked for is not in the workbook.
        case noSuchSheet
    }

    /// What went wrong.
    package var kind: Kind
    /// The file as the user named it.
    package var file: String
    /// Where in the file: `Ark1!C12`, a sheet name, or an archive member; nil for the whole file.
    package var location: String?
    /// One sentence for the person who got the file.
    package var message: String

    /// An error about `file`, at `location` when there is one.
    package init(_ kind: Kind, file: String, location: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.location = location
        self.message = message
    }

    /// Compiler style: `svar.xlsx: …` or `svar.xlsx:Ark1!C12: …`, always one line: line
    /// breaks and other control characters in names taken from the file (members, sheets)
    /// show as `\u{FFFD}`.
    package var description: String {
        let text = location.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
        return Self.oneLine(text)
    }

    /// `text` with every control character, line and paragraph separator replaced by U+FFFD.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .control || category == .lineSeparator || category == .paragraphSeparator
    }
}

extension ArchiveError {
    /// The file or one of its parts ends early.
    package static func truncated(_ file: String, _ location: String? = nil) -> ArchiveError {
        ArchiveError(
            .truncated, file: file, location: location,
            message: "the archive is truncated or damaged; download it again")
    }

    /// The bytes contradict themselves; `what` says how, in a few words.
    package static func corrupt(_ file: String, _ location: String?, _ what: String) -> ArchiveError {
        ArchiveError(
            .corrupt, file: file, location: location,
            message: "\(what): the archive is damaged; download it again or save it again from Excel")
    }

    /// An old binary Excel workbook.
    package static func oldExcel(_ file: String) -> ArchiveError {
        ArchiveError(
            .oldExcel, file: file,
            message: "this is an old binary Excel workbook (.xls); "
                + "open it in Excel or LibreOffice and save it as .xlsx or CSV")
    }

    /// A workbook Office stored encrypted, behind a password.
    package static func passwordProtected(_ file: String) -> ArchiveError {
        ArchiveError(
            .encrypted, file: file,
            message: "the workbook is password-protected; remove the password "
                + "in Excel (File › Info › Protect Workbook) and save it again")
    }

    /// An OpenDocument spreadsheet.
    package static func openDocument(_ file: String) -> ArchiveError {
        ArchiveError(
            .openDocument, file: file,
            message: "this is an OpenDocument spreadsheet (.ods); "
                + "open it in LibreOffice or Excel and save it as .xlsx or CSV")
    }
}
