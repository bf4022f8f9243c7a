/// Rejected records by reason: how many of each kind, and where the first of them are — what
/// `analyze`, `compare` and `report` show when they stop because answers were rejected, and what
/// their outputs say was left out with `--accept-rejects`.
public struct RejectionSummary: Sendable, Equatable {
    /// One kind of reason: how many, and the first few rejections of it.
    public struct Group: Sendable, Equatable {
        /// The kind of reason.
        public var kind: RejectionKind
        /// How many rejections of this kind.
        public var count: Int
        /// The first rejections of this kind, one per record (line), at most
        /// ``RejectionSummary/examplesKept``.
        public var first: [Example]
    }

    /// Where a rejection is and why.
    public struct Example: Sendable, Equatable {
        /// `export.csv:12:7`.
        public var location: String
        /// Why the record was rejected.
        public var reason: String
        /// The file (with its worksheet) and line, which tell records apart.
        var record: String
    }

    /// How many rejections of each kind are kept as examples.
    public static let examplesKept = 3

    private var byKind: [RejectionKind: Group] = [:]

    /// No rejection yet.
    public init() {}

    /// Every rejection counted.
    public private(set) var total = 0

    /// Whether nothing was rejected.
    public var isEmpty: Bool { total == 0 }

    /// The kinds, the most frequent first (ties in ``RejectionKind``'s order).
    public var groups: [Group] {
        byKind.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind }
    }

    /// Counts a rejection.
    public mutating func add(_ rejection: Rejection) {
        total += 1
        var group = byKind[rejection.kind] ?? Group(kind: rejection.kind, count: 0, first: [])
        group.count += 1
        let record = "\(rejection.source):\(rejection.line)"
        if group.first.count < Self.examplesKept, !group.first.contains(where: { $0.record == record }) {
            group.first.append(Example(location: rejection.location, reason: rejection.reason, record: record))
        }
        byKind[rejection.kind] = group
    }
}
