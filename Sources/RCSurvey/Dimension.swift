/// The two halves of relational coordination: how people communicate, and how they relate.
public enum DimensionGroup: String, Sendable, CaseIterable, Codable {
    /// Frequent, timely, accurate and problem-solving communication.
    case communication
    /// Shared goals, shared knowledge and mutual respect.
    case relationship
}

/// One of the seven dimensions of Gittell's relational coordination survey.
///
/// The raw value is the stable id used in every file format and JSON key.
public enum Dimension: String, Sendable, CaseIterable, Codable, Comparable {
    /// How often the roles communicate about the work process.
    case frequentCommunication = "frequent_communication"
    /// Whether they communicate in time.
    case timelyCommunication = "timely_communication"
    /// Whether what they communicate is accurate.
    case accurateCommunication = "accurate_communication"
    /// Whether they solve problems together rather than blame each other.
    case problemSolvingCommunication = "problem_solving_communication"
    /// How far they share the goals of the work process.
    case sharedGoals = "shared_goals"
    /// How much they know about each other's work.
    case sharedKnowledge = "shared_knowledge"
    /// How much they respect each other's work.
    case mutualRespect = "mutual_respect"

    /// The stable id, e.g. `shared_goals`.
    public var id: String { rawValue }

    /// The position in the canonical order of the survey (0–6).
    public var index: Int {
        switch self {
        case .frequentCommunication: 0
        case .timelyCommunication: 1
        case .accurateCommunication: 2
        case .problemSolvingCommunication: 3
        case .sharedGoals: 4
        case .sharedKnowledge: 5
        case .mutualRespect: 6
        }
    }

    /// The dimension at `index` in the canonical order (0–6); nil for any other number.
    @inline(__always)
    public init?(index: Int) {
        switch index {
        case 0: self = .frequentCommunication
        case 1: self = .timelyCommunication
        case 2: self = .accurateCommunication
        case 3: self = .problemSolvingCommunication
        case 4: self = .sharedGoals
        case 5: self = .sharedKnowledge
        case 6: self = .mutualRespect
        default: return nil
        }
    }

    /// Whether the dimension is one of communication (the first four) or of relationship (the last three).
    public var group: DimensionGroup {
        switch self {
        case .frequentCommunication, .timelyCommunication, .accurateCommunication, .problemSolvingCommunication:
            .communication
        case .sharedGoals, .sharedKnowledge, .mutualRespect:
            .relationship
        }
    }

    /// The short name of the dimension in `language`.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.frequentCommunication, .da): "Hyppig kommunikation"
        case (.frequentCommunication, .en): "Frequent communication"
        case (.timelyCommunication, .da): "Rettidig kommunikation"
        case (.timelyCommunication, .en): "Timely communication"
        case (.accurateCommunication, .da): "Præcis kommunikation"
        case (.accurateCommunication, .en): "Accurate communication"
        case (.problemSolvingCommunication, .da): "Problemløsende kommunikation"
        case (.problemSolvingCommunication, .en): "Problem-solving communication"
        case (.sharedGoals, .da): "Fælles mål"
        case (.sharedGoals, .en): "Shared goals"
        case (.sharedKnowledge, .da): "Fælles viden"
        case (.sharedKnowledge, .en): "Shared knowledge"
        case (.mutualRespect, .da): "Gensidig respekt"
        case (.mutualRespect, .en): "Mutual respect"
        }
    }

    /// Finds a dimension by its id or its Danish or English label, ignoring case,
    /// surrounding white space and punctuation differences.
    public init?(matching text: String) {
        let key = TextKey(text)
        guard let found = Dimension.byKey[key] else { return nil }
        self = found
    }

    /// Orders dimensions as the survey asks them (by ``index``).
    public static func < (lhs: Dimension, rhs: Dimension) -> Bool { lhs.index < rhs.index }

    private static let byKey: [TextKey: Dimension] = {
        var table: [TextKey: Dimension] = [:]
        for dimension in Dimension.allCases {
            table[TextKey(dimension.rawValue)] = dimension
            for language in Language.allCases { table[TextKey(dimension.label(language))] = dimension }
        }
        return table
    }()
}
