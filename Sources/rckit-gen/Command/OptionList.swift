/// The `--name value` (or `--name=value`) options of one subcommand.
struct OptionList: Sendable {
    private var values: [String: String] = [:]
    /// Whether `--help` or `-h` was given.
    private(set) var wantsHelp = false

    /// Reads `arguments`, accepting only the options named in `allowed` (without dashes).
    init(_ arguments: [String], allowed: [String], command: String) throws(GeneratorError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--help" || argument == "-h" {
                wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw .usage("\(command): unexpected argument '\(argument)'")
            }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard allowed.contains(name) else {
                let known = allowed.map { "--\($0)" }.joined(separator: ", ")
                throw .usage("\(command): unknown option '--\(name)' (options: \(known))")
            }
            if value == nil {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw .usage("\(command): option '--\(name)' needs a value")
                }
                value = arguments[index]
                index += 1
            }
            guard values[name] == nil else { throw .usage("\(command): option '--\(name)' given twice") }
            values[name] = value
        }
    }

    func string(_ name: String) -> String? { values[name] }

    /// A whole number in `range`, or `nil` when the option is absent.
    func integer(_ name: String, in range: ClosedRange<Int>, command: String) throws(GeneratorError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text.replacingOccurrences(of: "_", with: "")), range.contains(number) else {
            throw .usage("\(command): --\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// One of `choices`, or `nil` when the option is absent.
    func choice(_ name: String, of choices: [String], command: String) throws(GeneratorError) -> String? {
        guard let text = values[name] else { return nil }
        guard choices.contains(text) else {
            throw .usage("\(command): --\(name) must be \(choices.joined(separator: " or ")), not '\(text)'")
        }
        return text
    }
}
