/// A round, background variable or segment asked for that the data does not have (exit status 1
/// on the command line, which words these in Danish or English).
public enum SurveySelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No round has the label; the data's rounds are `rounds` (an empty label: unlabelled).
    case noSuchRound(String, rounds: [String])
    /// The data has several rounds (`rounds`) and none was chosen.
    case severalRounds([String])
    /// Nothing was accepted, so there is nothing to analyse.
    case nothingAccepted
    /// The files have no background variables, so `option` cannot segment by `name`.
    case noBackground(option: String, name: String)
    /// No background variable is named `name`; the files have `variables`.
    case noSuchVariable(option: String, name: String, variables: [String])
    /// No respondent has `value` for the variable `name`; its values are `values`.
    case noSuchSegment(name: String, value: String, values: [String])

    /// The problem as an English sentence, in the command line's terms (`--round`, `--where`).
    public var description: String {
        func list(_ rounds: [String]) -> String {
            rounds.map { $0.isEmpty ? "(unlabelled)" : $0 }.joined(separator: ", ")
        }
        switch self {
        case let .noSuchRound(label, rounds): return "no round '\(label)' in the data; its rounds are: \(list(rounds))"
        case let .severalRounds(rounds):
            return "the data has \(rounds.count) rounds (\(list(rounds))); choose one with --round, "
                + "or compare them with 'rckit compare'"
        case .nothingAccepted: return "no answers were accepted, so there is nothing to analyse"
        case let .noBackground(option, name):
            return "\(option) \(name): the data has no background variables (tidy columns after 'value', "
                + "or an export's columns such as Afdeling)"
        case let .noSuchVariable(option, name, variables):
            return "\(option) \(name): no such background variable; the data has: \(variables.joined(separator: ", "))"
        case let .noSuchSegment(name, value, values):
            return "--where \(name)=\(value): no respondent has that value; the values are: "
                + values.joined(separator: ", ")
        }
    }
}
