import RCSurvey

/// One export format: how to recognise a file of it from its first records, where the
/// respondent, roles, round and answers are in it, and what the values the tool writes mean.
///
/// Each format is one type in its own file; ``ExportFormatReaders/all`` lists them in the order
/// the detector asks them. Adding a format is a file with a type conforming to this protocol,
/// a case of ``ExportFormat`` and an entry in that list.
protocol ExportFormatReader {
    /// The format, as `--input-format` names it.
    static var format: ExportFormat { get }
    /// Whether the first records of a file (header rows included) look like this format's
    /// export: asked, in the order of ``ExportFormatReaders/all``, when no format is requested.
    static func recognises(_ head: ExportHead) -> Bool
    /// Where things are in the file, or why it cannot be read as this format.
    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape
    /// What a value the tool writes means when the instrument's scale does not know it (its
    /// own code for "seen but not answered", say); nil leaves it invalid.
    static func value(_ trimmed: String, on scale: ResponseScale) -> ScaleValue?
    /// Whether a column (by its first header row) is one the tool adds of its own — times,
    /// e-mail, progress — rather than a question: left out of a mapping skeleton.
    static func isOwnColumn(_ header: String) -> Bool
    /// How many header rows the tool writes (what a mapping's `header_rows` should say).
    static var headerRows: Int { get }
    /// The option and file that say what the tool's codes mean, for a message about a code
    /// export read without them (`--structure SURVEY.qsf (…)`); nil when the tool has none.
    static var setupFile: String? { get }
}

extension ExportFormatReader {
    static func value(_ trimmed: String, on scale: ResponseScale) -> ScaleValue? { nil }
    static func isOwnColumn(_ header: String) -> Bool { false }
    static var headerRows: Int { 1 }
    static var setupFile: String? { nil }
}

/// The first records of a file, as the detector sees them.
struct ExportHead {
    var records: [CSVRecord]
    /// The column mapping the user gave, if any.
    var mapping: ColumnMapping?

    /// The first record's fields as keys (``TextKey``).
    var keys: [String] { records.first.map { $0.fields.map { TextKey($0).value } } ?? [] }
}

/// Every export format rckit reads.
enum ExportFormatReaders {
    /// In the order the detector asks them when no format is requested: a given mapping first,
    /// then the formats with sure signs; the generic wide format takes whatever is left.
    /// (Metatypes of stateless types, never changed: safe to share across threads.)
    nonisolated(unsafe) static let all: [any ExportFormatReader.Type] = [
        MappedWide.self, TidyLong.self, Qualtrics.self, GoogleForms.self, MicrosoftForms.self, SurveyMonkey.self,
        LimeSurvey.self, REDCap.self, SurveyXact.self,
        GenericWide.self
    ]

    /// The reader of `format`.
    static func reader(_ format: ExportFormat) -> any ExportFormatReader.Type {
        all.first { $0.format == format } ?? GenericWide.self
    }
}
