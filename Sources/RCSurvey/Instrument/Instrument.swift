import Foundation

/// One question of an instrument: the dimension it measures, its wording and its scale.
public struct InstrumentItem: Sendable, Hashable {
    /// The dimension the question measures.
    public var dimension: Dimension
    /// The wording, with `[process]` where the focal work process goes.
    public var question: LocalizedText
    /// The id of the item's response scale.
    public var scaleID: String

    /// A question about `dimension`, answered on the scale with id `scaleID`.
    public init(dimension: Dimension, question: LocalizedText, scaleID: String) {
        self.dimension = dimension
        self.question = question
        self.scaleID = scaleID
    }
}

/// A role (workgroup) of the focal work process, as a survey defines it.
public struct RoleDefinition: Sendable, Hashable {
    /// The name reports show.
    public var name: String
    /// Other spellings found in exports ("Sygeplejerske", "SPL", "Nurse").
    public var aliases: [String]
    /// Whether the role is the patient or the relatives (pårørende) rather than a profession.
    public var isPatient: Bool

    /// A role called `name`, also found in exports as any of `aliases`.
    public init(name: String, aliases: [String] = [], isPatient: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.isPatient = isPatient
    }
}

/// A relational coordination questionnaire: its items, scales, thresholds and (optionally)
/// the roles of the survey.
public struct Instrument: Sendable, Hashable {
    /// The placeholder in question wording where the focal work process goes.
    public static let processPlaceholder = "[process]"

    /// The instrument's name (`rc7-da`), as `--instrument` names a built-in one.
    public var name: String
    /// The questionnaire's title, as reports show it.
    public var title: LocalizedText
    /// The language reports use unless told otherwise.
    public var defaultLanguage: Language
    /// The focal work process, filled into the questions (e.g. "patientforløbet").
    public var process: LocalizedText
    /// The response scales the items use.
    public var scales: [ResponseScale]
    /// The questions in the order they are asked.
    public var items: [InstrumentItem]
    /// The fewest answered items that make a tie score.
    public var minItems: Int
    /// Where weak ties end and strong ones begin, on the instrument's scale.
    public var strength: StrengthThresholds
    /// The roles in display order; empty when the roles come from the data.
    public var roles: [RoleDefinition]
    /// The smallest change between rounds that matters (`meaningful_change`); nil: a twentieth of
    /// the scale's range (``minimumChange``).
    public var meaningfulChange: Double?

    /// An instrument from its parts; most apps load one instead (``resolve(_:)``, ``standard(language:)``).
    public init(
        name: String, title: LocalizedText, defaultLanguage: Language, process: LocalizedText,
        scales: [ResponseScale], items: [InstrumentItem], minItems: Int = 4,
        strength: StrengthThresholds = .standard, roles: [RoleDefinition] = [], meaningfulChange: Double? = nil
    ) {
        self.name = name
        self.title = title
        self.defaultLanguage = defaultLanguage
        self.process = process
        self.scales = scales
        self.items = items
        self.minItems = minItems
        self.strength = strength
        self.roles = roles
        self.meaningfulChange = meaningfulChange
    }

    /// The item that asks about `dimension`, if the instrument has one.
    public func item(for dimension: Dimension) -> InstrumentItem? {
        items.first { $0.dimension == dimension }
    }

    /// The response scale of `dimension`'s item.
    public func scale(for dimension: Dimension) -> ResponseScale? {
        guard let item = item(for: dimension) else { return nil }
        return scales.first { $0.id == item.scaleID }
    }

    /// The question about `dimension` in `language`, with the focal process filled in.
    public func question(_ dimension: Dimension, language: Language, process: String? = nil) -> String? {
        guard let item = item(for: dimension) else { return nil }
        let processText = process ?? self.process.text(language)
        return item.question.text(language).replacingOccurrences(of: Instrument.processPlaceholder, with: processText)
    }

    /// Whether the survey's roles are fixed by the instrument (answers about other roles are rejected).
    public var definesRoles: Bool { !roles.isEmpty }

    /// The defined role whose name or alias matches `text`, ignoring case, spacing and punctuation.
    public func role(matching text: String) -> RoleDefinition? {
        let key = TextKey(text)
        guard !key.isEmpty else { return nil }
        return roles.first { role in
            TextKey(role.name) == key || role.aliases.contains { TextKey($0) == key }
        }
    }
}

extension Instrument {
    /// The range the instrument's items are scored on (1…5 for the standard survey): from the
    /// lowest scale minimum to the highest maximum; 1…5 for an instrument without items.
    public var scoreRange: ClosedRange<Double> { Self.range(of: items, in: scales) }

    /// The range `items` are scored on, their scales found among `scales`.
    static func range(of items: [InstrumentItem], in scales: [ResponseScale]) -> ClosedRange<Double> {
        let used = items.compactMap { item in scales.first { $0.id == item.scaleID } }
        guard let low = used.map(\.minimum).min(), let high = used.map(\.maximum).max(), low < high else {
            return 1...5
        }
        return low...high
    }

    /// δ, the smallest change between rounds that matters (SPEC §4): `meaningful_change`, else a
    /// twentieth of the score range (0.2 on 1–5).
    public var minimumChange: Double {
        meaningfulChange ?? Self.defaultMinimumChange(scoreRange)
    }

    /// A twentieth (5 %) of `range`'s width: 0.2 on 1–5, 0.45 on 1–10.
    public static func defaultMinimumChange(_ range: ClosedRange<Double>) -> Double {
        (range.upperBound - range.lowerBound) / 20
    }
}
