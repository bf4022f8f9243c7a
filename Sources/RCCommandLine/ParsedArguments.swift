/// A command line split into options and positional arguments, checked against a `CommandSpec`:
/// every option known, every value valid, required options and positional counts met.
package struct ParsedArguments: Sendable {
    package private(set) var positionals: [String] = []
    /// Whether `-h` or `--help` was given (the other checks are then skipped).
    package private(set) var wantsHelp = false
    /// The command's name.
    package let command: String
    /// Raw values by the option's name (not an alias), in the order given.
    private var values: [String: [String]] = [:]
    /// The name each option was given under (`--format` for `import`'s `--input-format`).
    private var spellings: [String: String] = [:]

    /// Parses `--name value`, `--name=value`, flags, `--` and positionals.
    package init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        command = spec.name
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            if argument == "-h" || argument == "--help" { wantsHelp = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.option(named: name) else {
                let known = spec.options.flatMap(\.names) + ["--help"]
                throw UsageError(
                    .unknownOption(name, suggestion: Suggestion.nearest(to: name, in: known)), command: command)
            }
            let value: String
            if option.takesValue {
                if let inlineValue {
                    value = inlineValue
                } else {
                    // A value never looks like an option: `--out --lang` is a missing value.
                    guard index < arguments.count, !(arguments[index].hasPrefix("--") && arguments[index].count > 2)
                    else {
                        throw UsageError(.missingValue(option: name, valueName: option.valueName), command: command)
                    }
                    value = arguments[index]
                    index += 1
                }
                do { try option.check(value, spelling: name) } catch { throw error.in(command) }
            } else {
                guard inlineValue == nil else { throw UsageError(.takesNoValue(name), command: command) }
                value = ""
            }
            values[option.name, default: []].append(value)
            spellings[option.name] = name
            if !option.repeatable, (values[option.name]?.count ?? 0) > 1 {
                throw UsageError(.repeated(name), command: command)
            }
        }
        guard !wantsHelp else { return }
        for option in spec.options where option.required && values[option.name] == nil {
            throw UsageError(.missingOption(option: option.name, valueName: option.valueName), command: command)
        }
        let count = spec.positionalCount
        if positionals.count < count.lowerBound {
            var needed = 0
            let missing = spec.positionals.first { positional in
                needed += positional.arity.range.lowerBound
                return needed > positionals.count
            }
            throw UsageError(.missingArgument(missing?.name ?? Localized("")), command: command)
        }
        if positionals.count > count.upperBound {
            throw UsageError(.unexpectedArgument(positionals[count.upperBound]), command: command)
        }
    }

    /// The option's value (the last one given), or nil when it is absent.
    package subscript<Value>(_ option: Option<Value>) -> Value? {
        values[option.name]?.last.flatMap(option.convert)
    }

    /// Every value of a repeatable option, in order.
    package subscript<Value>(all option: Option<Value>) -> [Value] {
        (values[option.name] ?? []).compactMap(option.convert)
    }

    /// Whether a flag (or any option) was given.
    package func contains<Value>(_ option: Option<Value>) -> Bool {
        values[option.name] != nil
    }

    /// The name the option was given under (an alias, perhaps), or its own name.
    package func spelling<Value>(of option: Option<Value>) -> String {
        spellings[option.name] ?? option.name
    }
}
