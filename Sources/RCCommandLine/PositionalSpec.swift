/// The arguments of a command that are not options, such as its files.
package struct PositionalSpec: Sendable {
    /// How many arguments a positional takes.
    package enum Arity: Sendable {
        case one, optional, oneOrMore, zeroOrMore

        var range: ClosedRange<Int> {
            switch self {
            case .one: 1...1
            case .optional: 0...1
            case .oneOrMore: 1...Int.max
            case .zeroOrMore: 0...Int.max
            }
        }
    }

    /// The placeholder shown in usage (`FILE`, `NAME|FILE`).
    package var name: Localized
    package var arity: Arity

    package init(_ name: Localized, _ arity: Arity = .one) {
        self.name = name
        self.arity = arity
    }

    /// `FILE`, `[FILE]`, `FILE...` or `[FILE...]`.
    func synopsis(_ language: TextLanguage) -> String {
        switch arity {
        case .one: name(language)
        case .optional: "[\(name(language))]"
        case .oneOrMore: "\(name(language))..."
        case .zeroOrMore: "[\(name(language))...]"
        }
    }
}
