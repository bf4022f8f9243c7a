/// What the reading thread made of a tidy row that repeats its tie (see ``SplitRun``): its
/// dimension and its one-byte value, ``wideRow`` for a wide row reduced to its answers' bytes,
/// or ``none`` for a row whose fields were split instead.
struct RowCode: Equatable {
    /// The dimension's code (1 + its index) in the high byte, the value byte in the low one.
    private(set) var raw: UInt16

    /// A row read with its fields.
    static let none = RowCode(raw: 0)
    /// A wide export's row reduced to its answer fields' bytes (``SplitRun/WidePlan``); it
    /// names no dimension.
    static let wideRow = RowCode(raw: 0xFF00)

    private init(raw: UInt16) {
        self.raw = raw
    }

    /// A row on the dimension with index `dimensionCode - 1` whose value is the byte `value`.
    @inline(__always)
    init(dimensionCode: UInt16, value: UInt8) {
        assert(dimensionCode >= 1 && dimensionCode <= 7, "a dimension's code is 1 + its index")
        raw = dimensionCode << 8 | UInt16(value)
    }

    var isCoded: Bool { raw != 0 }

    /// The dimension's index.
    @inline(__always)
    var dimensionIndex: Int { Int(raw >> 8) &- 1 }

    /// The place of the row's dimension and value among the 7 × 256 one-byte values
    /// (``FieldMeanings/shortScores``).
    @inline(__always)
    var slot: Int { dimensionIndex &* 256 &+ Int(raw & 0xFF) }
}

/// For a coded row that starts the next tie of the row before's respondent, round and rater:
/// which target spelling of the reading thread's memo it has (1 + its place); ``none`` for
/// every other row.
struct TargetCode: Equatable {
    private(set) var raw: UInt8

    static let none = TargetCode(raw: 0)

    init(raw: UInt8) {
        self.raw = raw
    }

    var isNone: Bool { raw == 0 }
    /// The memo's place (0-based).
    var place: Int { Int(raw) &- 1 }
}

/// What the fast path knows of a one-byte value on a dimension, as a plain number for the
/// innermost loop: a score, a missing answer, or ``notFast`` (left to the general path, or not
/// met yet).
struct ShortScore: Equatable {
    /// The score; NaN for missing, −∞ for not fast (the representation is this type's alone).
    private(set) var raw: Double

    static let notFast = ShortScore(raw: -.infinity)
    static let missing = ShortScore(raw: .nan)

    private init(raw: Double) {
        self.raw = raw
    }

    init(score: Double) {
        assert(score.isFinite, "scores are finite")
        raw = score
    }

    @inline(__always)
    var isFast: Bool { raw != -.infinity }
    @inline(__always)
    var isMissing: Bool { raw.isNaN }

    static func == (a: ShortScore, b: ShortScore) -> Bool {
        a.raw.bitPattern == b.raw.bitPattern
    }
}

/// What a field spelling, or a wide layout's answer column, names as a role: not looked up
/// yet, no role, or the role's name number.
struct RoleLookup: Equatable {
    private var raw: Int

    static let unseen = RoleLookup(raw: -2)
    static let notARole = RoleLookup(raw: -1)

    private init(raw: Int) {
        self.raw = raw
    }

    /// The role with name number `number`.
    init(role number: Int?) {
        raw = number ?? -1
        assert(raw >= -1, "name numbers are not negative")
    }

    var isUnseen: Bool { raw == -2 }
    /// The role's name number; nil when not a role (or unseen).
    @inline(__always)
    var role: Int? { raw >= 0 ? raw : nil }
}
