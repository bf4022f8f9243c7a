@_spi(FastPath) import RCSurvey

/// What the field texts of one file mean, learnt as they are first seen and then found again
/// by their bytes: role spellings → names, dimension spellings, answer codes → values, round
/// labels. The first sight of each text goes through the general rules, so the fast path
/// reads every text exactly as the general one does; a file's caches start empty.
struct FieldMeanings {
    /// A value as the fast path needs it: taken with or without a score, as a missing label kept
    /// by its code (``labels``), or left to the general path.
    enum Value: Equatable {
        case unknown, missing, score(Double), label(UInt8), refused
    }

    /// The codes of the missing labels kept as written, when a wide file is read for a sink that
    /// takes them (``Ingestor/wideLabels(for:)``); nil otherwise, and a kept label is
    /// ``Value/refused``.
    var labels: WideLabels?
    /// The first code that is an answer given as missing: a label's (``labels``) or
    /// ``WideRow/missingCode``; every score's code is below it.
    var firstMissingCode: UInt8 { labels?.firstCode ?? WideRow.missingCode }

    /// Role spellings → what they name (by spelling number).
    var roleSpellings = ByteKeyTable()
    var roles: [RoleLookup] = []
    var recentRoles = RecentKeys()
    var dimensionSpellings = ByteKeyTable()
    var dimensions: [Dimension?] = []
    var recentDimensions = RecentKeys()
    /// Values of one byte (the usual "1"…"5"), by dimension index × 256 + byte.
    var shortValues = [Value](repeating: .unknown, count: 7 * 256)
    /// The same as plain numbers, for the coded rows (``Ingestor/readRepeats(_:_:counts:sink:)``),
    /// by ``RowCode/slot``.
    var shortScores = [ShortScore](repeating: .notFast, count: 7 * 256)
    var emptyValues = [Value](repeating: .unknown, count: 7)
    /// Longer values: keyed by the dimension index byte followed by the text.
    var valueSpellings = ByteKeyTable()
    var values: [Value] = []
    var keyBuffer: [UInt8] = []
    /// Round fields → index into the names (after the file's default label is applied).
    var roundSpellings = ByteKeyTable()
    var rounds: [Int] = []
    /// The round of an empty round field.
    var emptyRound: Int?
    /// The round every record gets when the options set one.
    var fixedRound: Int?
    /// The tie of the last record of the run, when it went to the sink on the fast path: a
    /// record repeating its tie columns has the same rater, target and round; one changing only
    /// the target (the next tie) the same rater and round, and the same respondent id at the
    /// same place.
    struct Tie {
        var rater: Int
        var target: Int
        var round: Int
        /// Where the respondent id lies, from the start of the record.
        var respondentOffset: Int
        var respondentCount: Int
    }
    var lastTie: Tie?
    /// The roles the reading thread's target codes stand for (by ``TargetCode/place``).
    var codedTargets = [RoleLookup](repeating: .unseen, count: 255)
    /// The answer columns of a wide layout, once looked up (``Ingestor/wideColumns(_:_:)``).
    var wide = WideFields.unseen
    /// Answer codes (``WideRow/code(score:)``, ``labels``) of one-byte values, by dimension index × 256 +
    /// byte, and of empty values by dimension index; 0 where not known yet (or not a code).
    var wideCodes = [UInt8](repeating: 0, count: 7 * 256)
    var emptyWideCodes = [UInt8](repeating: 0, count: 7)
    /// Answer codes of the bytes the reading thread makes of a wide row's answer fields
    /// (``PlainRecords/appendWide(_:_:values:keys:)``), by dimension index × 256 + byte; 0
    /// where not known yet (or not a code).
    var wideByteCodes = [UInt8](repeating: 0, count: 7 * 256)

    /// Whether a field's bytes are already trimmed and not empty: printable ASCII at both ends
    /// (anything else goes the general way, which knows every kind of white space).
    @inline(__always)
    static func isTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
    }
}

/// What the fast path knows of a wide layout's answer columns: not looked up yet, not all
/// roles (every row goes the general way), or each column's target and field.
enum WideFields {
    case unseen
    case notRoles
    case columns(WideColumns, fields: [Int])
}
