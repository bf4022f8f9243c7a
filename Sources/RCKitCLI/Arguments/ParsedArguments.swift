/// A command line split into options and positional arguments, checked against a `CommandSpec`.
struct ParsedArguments: Sendable {
    private(set) var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private(set) var wantsHelp = false
    let command: String

    /// Parses `--name value`, `--name=value`, flags, `--` and positionals.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
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
            guard let option = spec.options.first(where: { $0.name == name }) else {
                throw UsageError("unknown option '\(name)'", command: spec.name)
            }
            if option.valueName == nil {
                guard inlineValue == nil else { throw UsageError("the option '\(name)' takes no value", command: spec.name) }
                values[name, default: []].append("")
            } else {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError("the option '\(name)' needs a value (\(option.valueName ?? "VALUE"))", command: spec.name)
                    }
                    value = arguments[index]
                    index += 1
                }
                if let allowed = option.allowed, !allowed.contains(value) {
                    throw UsageError("'\(value)' is not a valid value for '\(name)'; expected one of: \(allowed.joined(separator: ", "))",
                                     command: spec.name)
                }
                values[name, default: []].append(value)
            }
            if !option.repeatable, (values[name]?.count ?? 0) > 1 {
                throw UsageError("the option '\(name)' is given more than once", command: spec.name)
            }
        }
        if !wantsHelp {
            if positionals.count < spec.positionals.lowerBound {
                throw UsageError("missing argument: rckit \(spec.name) \(spec.synopsis)", command: spec.name)
            }
            if positionals.count > spec.positionals.upperBound {
                throw UsageError("unexpected argument '\(positionals[spec.positionals.upperBound])'", command: spec.name)
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func allValues(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { values[name] != nil }

    /// An integer option within `range`, or `defaultValue` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int?) throws(UsageError) -> Int? {
        guard let text = value(name) else { return defaultValue }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("'\(text)' is not a valid value for '\(name)'; expected a whole number from \(range.lowerBound) to \(range.upperBound)",
                             command: command)
        }
        return number
    }
}
