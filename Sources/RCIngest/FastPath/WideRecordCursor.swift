/// The records of a wide export as the wide fast path (`Ingestor+Wide`) reads them, one at a
/// time: a record reduced to its answers' bytes and key fields (``RowCode/wideRow``), whose
/// fields can be split when the reader needs them all. A CSV file's plain runs
/// (``SplitRecords``) and a worksheet's rows (``WorksheetRows``) are read through it, alike.
protocol WideRecordCursor {
    /// The number of fields of the current record (0 for a record not split).
    var count: Int { get }
    /// The line (or worksheet row) of the current record.
    var line: Int { get }
    /// Key field `k` (respondent, rater, round: ``SplitRun/WidePlan/keyFields``) of a record
    /// reduced to its answers.
    func keyField(_ k: Int) -> UnsafeBufferPointer<UInt8>
    /// The answer fields' bytes of a record reduced to its answers (``PlainRecords/appendWide(_:_:values:keys:)``).
    var wideAnswerBytes: UnsafeBufferPointer<UInt8> { get }
    /// Splits the current record into its fields, when it is not.
    mutating func splitFields()
    /// The bytes of field `index` (`0..<count`).
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8>
    /// The bytes and the current record's field edges: field `i` is `bytes[edges[i] ..< edges[i + 1] - 1]`.
    var fieldEdges: (bytes: UnsafePointer<UInt8>, edges: UnsafePointer<Int>) { get }
    /// Field `index` as a String; "" past the last field.
    func string(_ index: Int) -> String
    /// The current record as the general path reads it.
    var record: CSVRecord { get }
}

extension SplitRecords: WideRecordCursor {}
