/// The words of the command line itself — help headings and parsing problems — in English and
/// Danish. A tool's own texts live with the tool.
struct CommandLineWords {
    let language: TextLanguage

    init(_ language: TextLanguage) { self.language = language }

    private func say(_ en: String, _ da: String) -> String { language == .da ? da : en }

    var overview: String { say("OVERVIEW", "OVERSIGT") }
    var usage: String { say("USAGE", "BRUG") }
    var usageAfterError: String { say("Usage", "Brug") }
    var commands: String { say("COMMANDS", "KOMMANDOER") }
    var options: String { say("OPTIONS", "TILVALG") }
    var commandPlaceholder: String { say("COMMAND", "KOMMANDO") }
    var optionsPlaceholder: String { say("OPTIONS", "TILVALG") }
    var helpFlag: String { say("Show this help.", "Vis denne hjælp.") }
    var required: String { say("(required)", "(skal angives)") }
    var repeatable: String { say("(repeatable)", "(kan gentages)") }
    var error: String { say("error", "fejl") }
    var warning: String { say("warning", "advarsel") }

    func alias(_ names: [String]) -> String {
        let list = names.joined(separator: ", ")
        return say("(also: \(list))", "(også: \(list))")
    }

    /// The values an option accepts, after its help: `Values: da, en.`
    func values(_ choices: [String]) -> String {
        let list = choices.joined(separator: ", ")
        return say("Values: \(list).", "Værdier: \(list).")
    }

    func seeHelp(_ command: String) -> String { say("See '\(command) --help'.", "Se '\(command) --help'.") }

    func seeCommandHelp(_ tool: String) -> String {
        say(
            "See '\(tool) \(commandPlaceholder) --help' for the options of a command.",
            "Se '\(tool) \(commandPlaceholder) --help' for en kommandos tilvalg.")
    }

    func message(_ problem: UsageError.Problem) -> String {
        switch problem {
        case let .unknownCommand(name, suggestion):
            say("unknown command '\(name)'", "ukendt kommando '\(name)'") + didYouMean(suggestion)
        case let .unknownOption(name, suggestion):
            say("unknown option '\(name)'", "ukendt tilvalg '\(name)'") + didYouMean(suggestion)
        case let .missingValue(option, valueName):
            say(
                "the option '\(option)' needs a value (\(valueName.en))",
                "tilvalget '\(option)' skal have en værdi (\(valueName.da))")
        case let .takesNoValue(option):
            say("the option '\(option)' takes no value", "tilvalget '\(option)' tager ingen værdi")
        case let .invalidChoice(value, option, allowed, suggestion):
            say("'\(value)' is not a valid value for '\(option)'", "'\(value)' er ikke en gyldig værdi for '\(option)'")
                + (suggestion.map(didYouMean) ?? say("; expected one of: ", "; mulige værdier: ")
                    + allowed.joined(separator: ", "))
        case let .invalidNumber(value, option, range, words):
            say(
                "'\(value)' is not a valid value for '\(option)'; expected ",
                "'\(value)' er ikke en gyldig værdi for '\(option)'; angiv ")
                + wholeNumber(range) + words.map { say(" or '\($0)'", " eller '\($0)'") }.joined()
        case let .repeated(option):
            say("the option '\(option)' is given more than once", "tilvalget '\(option)' er angivet mere end én gang")
        case let .missingOption(option, valueName):
            say(
                "the option '\(option) \(valueName.en)' is required",
                "tilvalget '\(option) \(valueName.da)' skal angives")
        case let .missingArgument(name):
            say("missing argument \(name.en)", "mangler argumentet \(name.da)")
        case let .unexpectedArgument(argument):
            say("unexpected argument '\(argument)'", "uventet argument '\(argument)'")
        case let .other(message):
            message(language)
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { say("; did you mean '\($0)'?", "; mente du '\($0)'?") } ?? ""
    }

    private func wholeNumber(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max {
            return say("a whole number of at least \(range.lowerBound)", "et helt tal på mindst \(range.lowerBound)")
        }
        return say(
            "a whole number from \(range.lowerBound) to \(range.upperBound)",
            "et helt tal fra \(range.lowerBound) til \(range.upperBound)")
    }
}
