/// The tables of a LimeSurvey XML file (`.lss`): its document type, its languages, and each
/// table's rows as column → value, read with ``XMLScanner`` (no libxml2, no entity expansion).
///
/// A row's value is the text of its column element, CDATA sections joined (LimeSurvey splits a
/// value holding `]]>` over two); an empty element (`<preg/>`) is the empty string.
struct LimeSurveyDocument {
    /// `<LimeSurveyDocType>`: `Survey` for a survey structure.
    var docType = ""
    /// `<languages><language>`, in order.
    var languages: [String] = []
    /// Each table's rows, by the table's element name (`questions`, `answer_l10ns`, …).
    private var tables: [String: [[String: String]]] = [:]

    /// The rows of the table `name`; none when the file has no such table.
    func rows(_ name: String) -> [[String: String]] { tables[name] ?? [] }

    init(bytes: [UInt8], file: String) throws(IngestError) {
        var scanner = XMLScanner(bytes: bytes, file: file, part: "")
        // The open elements: document, table, rows, row, column.
        var path: [String] = []
        var text = ""
        var row: [String: String] = [:]
        do {
            while let event = try scanner.next() {
                switch event {
                case .start:
                    path.append(scanner.tagName)
                    text = ""
                    if path.count == 4 { row = [:] }
                case .text:
                    if path.count == 5 || path.count == 2 || path.count == 3 { text += scanner.text() }
                case .end:
                    guard !path.isEmpty else {
                        throw IngestError(
                            file: file, line: SetupFile.line(at: scanner.position, in: bytes),
                            message: "not a LimeSurvey survey structure (.lss): an XML end tag without its start")
                    }
                    switch path.count {
                    case 5 where path[2] == "rows": row[path[4]] = text
                    case 4 where path[2] == "rows": tables[path[1], default: []].append(row)
                    case 3 where path[1] == "languages": languages.append(text.trimmingWhitespace())
                    case 2 where path[1] == "LimeSurveyDocType": docType = text.trimmingWhitespace()
                    default: break
                    }
                    path.removeLast()
                    text = ""
                }
            }
        } catch let error as ArchiveError {
            throw IngestError(
                file: file, line: SetupFile.line(at: scanner.position, in: bytes),
                message: "not a LimeSurvey survey structure (.lss): \(error.message)")
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(file: file, message: "not a LimeSurvey survey structure (.lss)")
        }
    }
}
