import RCIngest
import RCSurvey

/// The questionnaire to set up in a survey tool: an instrument's questions about a focal work
/// process, asked about each role, in one language — and the codes the tool's exports will hold.
///
/// The set-up writers (``REDCapDictionaryWriter``, ``LimeSurveyStructureWriter``,
/// ``QualtricsSurveyWriter``) render it as each tool's import file. The codes are chosen so that
/// a code export reads back without a mapping: each response option's code is its score (`1` …
/// `5`, also on a recoded scale), "don't know" is `9` (or `99` when the scale reaches 9), role
/// *k* is `k` in the order given, and the questions' codes are ``RCIngest`` `SetupCodes`
/// (`FREQ` … `RESP`). The readers of the set-up files still decode by the options' texts, so
/// that a survey reworded or recoded in the tool reads too.
public struct SurveySetup: Sendable {
    /// The questions, their scales and "don't know" labels.
    public var instrument: Instrument
    /// The focal work process, filled into the questions.
    public var process: String
    /// The roles in the order the survey lists them (role *k* has code *k*).
    public var roles: [String]
    /// The language of the questions, options and texts.
    public var language: Language
    /// What made the file, for its note (`rckit 0.1.0`).
    public var generator: String

    /// A set-up of `instrument` in `language` (the instrument's own when nil), about `process`
    /// (the instrument's when nil), asking about `roles` (the instrument's when nil).
    public init(
        instrument: Instrument, process: String? = nil, roles: [String]? = nil, language: Language? = nil,
        generator: String = "rckit"
    ) {
        let language = language ?? instrument.defaultLanguage
        self.instrument = instrument
        self.language = language
        self.process = process ?? instrument.process.text(language)
        self.roles = roles ?? instrument.roles.map(\.name)
        self.generator = generator
    }

    /// Why a list of roles cannot be set up, if it cannot.
    public enum RoleProblem: Sendable, Equatable {
        /// No roles at all.
        case empty
        /// A role named twice (ignoring case, spacing and punctuation).
        case duplicate(String)
        /// An empty name, or one with a line break or `|` (REDCap's choice separator).
        case unusable(String)
    }

    /// The first problem with `roles`, or nil when they can be set up.
    public static func problem(with roles: [String]) -> RoleProblem? {
        guard !roles.isEmpty else { return .empty }
        var seen = Set<TextKey>()
        for role in roles {
            let key = TextKey(role)
            if key.isEmpty || role.contains(where: { $0 == "|" || $0.isNewline }) { return .unusable(role) }
            guard seen.insert(key).inserted else { return .duplicate(role) }
        }
        return nil
    }

    // MARK: What the writers write

    /// One response option as the tool stores it.
    struct Option {
        /// The code the tool exports.
        var code: String
        var label: String
        /// The score; nil for "don't know".
        var score: Double?
    }

    /// One question: a dimension asked about every role.
    struct Question {
        var dimension: Dimension
        /// rckit's code of the question (`FREQ`).
        var code: String
        var text: String
        /// The scale's options in printed order, then "don't know" when the scale has one.
        var options: [Option]
    }

    var words: Phrases { Phrases(language: language) }

    var title: String { words.setupTitle(process: process) }

    var welcome: String { words.setupWelcome(process: process) }

    var roleQuestion: String { words.setupRoleQuestion }

    /// Where the file came from, for a field the tool keeps with it.
    var provenance: String {
        words.setupProvenance(
            generator: generator, instrument: instrument.name, title: instrument.title.text(language),
            process: process)
    }

    /// The code of role number `index` (0-based): `1`, `2`, ….
    func roleCode(_ index: Int) -> String { String(index + 1) }

    /// The instrument's questions, in order, with their options' codes.
    var questions: [Question] {
        instrument.items.compactMap { item in
            guard let scale = instrument.scales.first(where: { $0.id == item.scaleID }) else { return nil }
            let codes = Self.codes(of: scale)
            var options = zip(scale.options, codes).map { option, code in
                Option(code: code, label: option.label.text(language), score: option.score)
            }
            if let dontKnow = scale.missing.first {
                options.append(
                    Option(code: Self.dontKnowCode(after: codes), label: dontKnow.text(language), score: nil))
            }
            return Question(
                dimension: item.dimension, code: SetupCodes.code(for: item.dimension),
                text: instrument.question(item.dimension, language: language, process: process) ?? "",
                options: options)
        }
    }

    /// The options' codes: their scores where every score is a whole number from 0 to 99999 and
    /// no two are alike (then a code export holds the scores themselves), else 1, 2, … in
    /// printed order.
    static func codes(of scale: ResponseScale) -> [String] {
        let scores = scale.options.map(\.score)
        let whole = scores.allSatisfy { $0 >= 0 && $0 <= 99_999 && $0 == $0.rounded() }
        if whole, Set(scores).count == scores.count { return scores.map { String(Int($0)) } }
        return scale.options.indices.map { String($0 + 1) }
    }

    /// The code of "don't know": `9`, or `99`, `999`, … when the scale's codes reach it.
    static func dontKnowCode(after codes: [String]) -> String {
        let highest = codes.compactMap(Int.init).max() ?? 0
        var code = 9
        while code <= highest { code = code * 10 + 9 }
        return String(code)
    }

    /// A number made from the set-up's texts, the same for the same set-up, for the ids a tool's
    /// file needs (a LimeSurvey survey id, Qualtrics' `SV_…`): FNV-1a.
    var seed: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ([instrument.name, process, language.rawValue] + roles).joined(separator: "\u{1F}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A text for a tool that shows its texts as HTML (all three do): `<`, `>` and `&` escaped.
    static func html(_ plain: String) -> String {
        guard plain.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" }) else { return plain }
        return plain.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
