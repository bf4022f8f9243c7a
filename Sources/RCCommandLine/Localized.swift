/// The languages a command line speaks: English and Danish.
package enum TextLanguage: String, Sendable, CaseIterable {
    case en, da

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set (and not empty); Danish when it starts with `da`, else English.
    package init(environment: [String: String]) {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = setting?.hasPrefix("da") == true ? .da : .en
    }

    /// The language `arguments` choose with `option` (`--lang da`, `--lang=en`): the last valid
    /// one before `--`, or nil. Read before parsing, so that even a parsing error speaks it.
    package static func chosen(by arguments: [String], option: String = "--lang") -> TextLanguage? {
        var chosen: TextLanguage?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { break }
            if argument == option, index < arguments.count {
                chosen = TextLanguage(rawValue: arguments[index]) ?? chosen
                index += 1
            } else if argument.hasPrefix(option + "=") {
                chosen = TextLanguage(rawValue: String(argument.dropFirst(option.count + 1))) ?? chosen
            }
        }
        return chosen
    }
}

/// A text in every language the command line speaks.
package struct Localized: Sendable, Equatable {
    package var en: String
    package var da: String

    package init(en: String, da: String) {
        self.en = en
        self.da = da
    }

    /// The same text in every language: a name, or the text of a tool that speaks English only.
    package init(_ text: String) {
        self.init(en: text, da: text)
    }

    package func callAsFunction(_ language: TextLanguage) -> String {
        switch language {
        case .en: en
        case .da: da
        }
    }
}
