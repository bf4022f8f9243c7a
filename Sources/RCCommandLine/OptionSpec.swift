/// One option a command accepts, as shown in its help and checked by the parser.
package struct OptionSpec: Sendable {
    /// What an option takes after its name.
    package enum Kind: Sendable, Equatable {
        /// Nothing: the option is a flag.
        case flag
        /// Any text (a file name, a label).
        case text
        /// One of a closed set of values.
        case choice([String])
        /// A whole number within a range (`_` may group digits: `300_000`), or one of `words`
        /// (`--rows all`).
        case integer(ClosedRange<Int>, words: [String])
    }

    /// The long name, e.g. `--lang`.
    package var name: String
    /// Other names for the same option, accepted and documented as aliases.
    package var aliases: [String] = []
    /// The placeholder shown in help and usage (`FILE`); empty for a flag.
    package var valueName: Localized
    package var help: Localized
    package var kind: Kind
    /// Whether the option may be given more than once.
    package var repeatable = false
    /// Whether the command cannot run without it.
    package var required = false

    package init(name: String, valueName: Localized, help: Localized, kind: Kind) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.kind = kind
    }

    /// Every name the option answers to.
    package var names: [String] { [name] + aliases }

    package var takesValue: Bool { kind != .flag }

    /// The values listed in help and usage (`da|en`), if the set is closed.
    package var choices: [String]? {
        switch kind {
        case let .choice(values): values
        case .flag, .text, .integer: nil
        }
    }

    /// Checks a value given as `spelling` (the name the user typed).
    func check(_ value: String, spelling: String) throws(UsageError) {
        switch kind {
        case .flag, .text:
            return
        case let .choice(values):
            guard values.contains(value) else {
                throw UsageError(
                    .invalidChoice(
                        value: value, option: spelling, allowed: values,
                        suggestion: Suggestion.nearest(to: value, in: values)))
            }
        case let .integer(range, words):
            guard words.contains(value) || OptionSpec.integer(value).map(range.contains) == true else {
                throw UsageError(.invalidNumber(value: value, option: spelling, range: range, words: words))
            }
        }
    }

    /// A whole number, with `_` allowed between digits.
    static func integer(_ text: String) -> Int? {
        guard !text.hasPrefix("_"), !text.hasSuffix("_"), !text.contains("__") else { return nil }
        return Int(String(text.filter { $0 != "_" }))
    }
}

/// An option declared once with the type of its value: what the parser checks (`spec`) and how
/// a checked value becomes a typed one. Commands read `arguments[option]`, never strings by name.
package struct Option<Value: Sendable>: Sendable {
    package var spec: OptionSpec
    let convert: @Sendable (String) -> Value?

    package init(spec: OptionSpec, convert: @escaping @Sendable (String) -> Value?) {
        self.spec = spec
        self.convert = convert
    }

    package var name: String { spec.name }

    /// The same option, accepted more than once (`arguments[all: option]`).
    package func repeatable() -> Self { with { $0.repeatable = true } }
    /// The same option, required: the parser refuses a command line without it.
    package func required() -> Self { with { $0.required = true } }
    /// The same option, also answering to `alias` (kept for compatibility).
    package func aliased(_ alias: String) -> Self { with { $0.aliases.append(alias) } }
    /// The same option with another help text.
    package func help(_ help: Localized) -> Self { with { $0.help = help } }

    private func with(_ change: (inout OptionSpec) -> Void) -> Self {
        var copy = self
        change(&copy.spec)
        return copy
    }
}

extension Option where Value == String {
    /// An option taking any text: a file, a label.
    package static func text(_ name: String, _ valueName: Localized, _ help: Localized) -> Self {
        Option(spec: OptionSpec(name: name, valueName: valueName, help: help, kind: .text)) { $0 }
    }
}

extension Option where Value == Int {
    /// An option taking a whole number in `range`.
    package static func integer(_ name: String, _ valueName: Localized, _ help: Localized, in range: ClosedRange<Int>)
        -> Self
    {
        Option(spec: OptionSpec(name: name, valueName: valueName, help: help, kind: .integer(range, words: []))) {
            OptionSpec.integer($0)
        }
    }
}

extension Option where Value == Int? {
    /// An option taking a whole number in `range`, or `word` for none (`--rows all`: no limit).
    package static func integer(
        _ name: String, _ valueName: Localized, _ help: Localized, in range: ClosedRange<Int>,
        or word: String
    ) -> Self {
        Option(spec: OptionSpec(name: name, valueName: valueName, help: help, kind: .integer(range, words: [word]))) {
            text in
            text == word ? .some(nil) : OptionSpec.integer(text).map { .some($0) }
        }
    }
}

extension Option where Value == Bool {
    /// A flag: present or not.
    package static func flag(_ name: String, _ help: Localized) -> Self {
        Option(spec: OptionSpec(name: name, valueName: Localized(""), help: help, kind: .flag)) { _ in true }
    }
}

extension Option where Value == String {
    /// An option taking one of `values`.
    package static func choice(_ name: String, _ valueName: Localized, _ help: Localized, values: [String]) -> Self {
        Option(spec: OptionSpec(name: name, valueName: valueName, help: help, kind: .choice(values))) {
            values.contains($0) ? $0 : nil
        }
    }
}

extension Option where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// An option taking one of the raw values of `Value`.
    package static func choice(_ name: String, _ valueName: Localized, _ help: Localized) -> Self {
        Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help,
                kind: .choice(Value.allCases.map(\.rawValue)))
        ) { Value(rawValue: $0) }
    }
}

extension Option {
    /// An option taking one of `values`, each standing for a typed value.
    package static func choice(
        _ name: String, _ valueName: Localized, _ help: Localized,
        _ values: [(name: String, value: Value)]
    ) -> Self {
        Option(spec: OptionSpec(name: name, valueName: valueName, help: help, kind: .choice(values.map(\.name)))) {
            text in
            values.first { $0.name == text }?.value
        }
    }
}
