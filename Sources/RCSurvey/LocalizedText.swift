/// A text in one or more languages, as instrument files give it.
public struct LocalizedText: Sendable, Hashable {
    /// The text by language; never empty.
    public private(set) var values: [Language: String]

    /// A text from its spellings by language; `values` must not be empty.
    public init(_ values: [Language: String]) {
        precondition(!values.isEmpty, "a localized text needs at least one language")
        self.values = values
    }

    /// A text in Danish and English.
    public init(da: String, en: String) {
        self.values = [.da: da, .en: en]
    }

    /// The text in `language`, or in the other language when the text lacks it.
    public func text(_ language: Language) -> String {
        if let text = values[language] { return text }
        for other in Language.allCases { if let text = values[other] { return text } }
        return ""
    }

    /// Every spelling of the text, in a stable order.
    public var allTexts: [String] {
        values.keys.sorted().compactMap { values[$0] }
    }
}
