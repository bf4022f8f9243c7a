/// One printed response option: its label(s) and the score it is worth.
public struct ResponseOption: Sendable, Hashable {
    /// The score the option is worth, within its scale's range.
    public var score: Double
    /// The option's text as the questionnaire prints it, in one or more languages.
    public var label: LocalizedText

    /// An option worth `score`, printed as `label`.
    public init(score: Double, label: LocalizedText) {
        self.score = score
        self.label = label
    }
}

/// What a cell in an export means on a scale.
public enum ScaleValue: Sendable, Hashable {
    /// An answer with this score.
    case score(Double)
    /// "Don't know", "Not applicable" or a blank cell: never scored.
    case missing
    /// Neither a score in range, a response label, nor a missing label.
    case invalid(reason: String)
}

/// A response scale: the options in printed order with their scores, the labels that
/// mean "missing", and the range of valid scores.
///
/// Printed order and score need not agree: a recoded scale (e.g. a "sufficiency"
/// frequency scale where "just right" scores 5 but is printed in the middle) lists its
/// options as printed, each with its own score.
public struct ResponseScale: Sendable, Hashable {
    /// The scale's id, by which instrument items name it (`frequency`, `agreement`).
    public var id: String
    /// The lowest valid score.
    public var minimum: Double
    /// The highest valid score.
    public var maximum: Double
    /// Whether scores must be whole numbers.
    public var integerScores: Bool
    /// The options in the order a questionnaire prints them.
    public var options: [ResponseOption]
    /// Labels that mean the respondent gave no score.
    public var missing: [LocalizedText]

    /// A scale of scores from `minimum` to `maximum` with its printed options and missing labels.
    public init(
        id: String, minimum: Double, maximum: Double, integerScores: Bool = true,
        options: [ResponseOption], missing: [LocalizedText]
    ) {
        self.id = id
        self.minimum = minimum
        self.maximum = maximum
        self.integerScores = integerScores
        self.options = options
        self.missing = missing
        self.lookup = ResponseScale.makeLookup(options: options, missing: missing)
    }

    /// How many scores the scale allows (A_d of rwg(j), SPEC §3): a scale of whole scores every
    /// whole number from its minimum to its maximum and its options' scores (5 on 1–5, 10 on a
    /// 1–10 scale labelled at its ends only); a scale of fractional scores its options' distinct
    /// scores.
    public var allowedScores: Int {
        let optionScores = Set(options.map(\.score))
        guard integerScores, minimum.isFinite, maximum.isFinite, maximum - minimum < 1_000_000 else {
            return optionScores.count
        }
        let low = minimum.rounded(.up), high = maximum.rounded(.down)
        let wholes = high >= low ? Int(high - low) + 1 : 0
        return wholes + optionScores.filter { $0 != $0.rounded() || $0 < low || $0 > high }.count
    }

    /// Whether the printed order differs from the order of the scores.
    public var isRecoded: Bool {
        let scores = options.map(\.score)
        return scores != scores.sorted()
    }

    /// Reads one exported value: a number in range, an option label (any language), a
    /// missing label or a blank.
    public func value(of text: String) -> ScaleValue {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return .missing }
        if let number = ResponseScale.parseNumber(trimmed) {
            guard number.isFinite, number >= minimum, number <= maximum else {
                return .invalid(reason: "score \(trimmed) is outside the scale \(minimum.compact)–\(maximum.compact)")
            }
            if integerScores && number.rounded() != number {
                return .invalid(reason: "score \(trimmed) is not a whole number")
            }
            return .score(number)
        }
        if let found = lookup[TextKey(trimmed)] { return found }
        return .invalid(reason: "\"\(trimmed.prefix(60))\" is not a response option of the \(id) scale")
    }

    /// Whether `text` is one of the scale's missing labels ("Ved ikke", "Don't know"; any
    /// language, as labels match): an answer given as missing, as against a blank cell.
    public func isMissingLabel(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, case .missing? = lookup[TextKey(trimmed)] else { return false }
        return true
    }

    // The label table is derived from options and missing; it is not part of equality.
    private var lookup: [TextKey: ScaleValue]

    /// Whether two scales have the same id, range, options and missing labels.
    public static func == (lhs: ResponseScale, rhs: ResponseScale) -> Bool {
        lhs.id == rhs.id && lhs.minimum == rhs.minimum && lhs.maximum == rhs.maximum
            && lhs.integerScores == rhs.integerScores && lhs.options == rhs.options && lhs.missing == rhs.missing
    }

    /// Hashes the scale's id and options.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(options)
    }

    private static func makeLookup(options: [ResponseOption], missing: [LocalizedText]) -> [TextKey: ScaleValue] {
        var table: [TextKey: ScaleValue] = [:]
        for label in missing { for text in label.allTexts { table[TextKey(text)] = .missing } }
        for option in options { for text in option.label.allTexts { table[TextKey(text)] = .score(option.score) } }
        return table
    }

    /// Parses "4", "4.0", "4,0" and " 4 "; nothing else.
    static func parseNumber(_ text: String) -> Double? {
        var ascii = ""
        var sawDigit = false
        for character in text.unicodeScalars {
            switch character {
            case "0"..."9": ascii.unicodeScalars.append(character); sawDigit = true
            case ".", ",": ascii.append(".")
            case "-", "+": ascii.unicodeScalars.append(character)
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(ascii)
    }
}

extension String {
    /// The string without leading and trailing white space (spaces, tabs, no-break spaces, line breaks).
    package func trimmingWhitespace() -> String {
        // Most fields begin and end with a printable ASCII character, which is no white space:
        // they are returned as they are, without looking up properties or copying.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Double {
    /// The shortest plain rendering: `5` rather than `5.0`.
    package var compact: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
