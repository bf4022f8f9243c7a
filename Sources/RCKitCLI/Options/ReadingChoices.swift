import Foundation
import RCCommandLine
import RCIngest
import RCStats

/// How the commands that analyse survey files (analyze, compare, report) treat what reading
/// them gives: `--accept-rejects` (rejected answers stop them unless it is given) and
/// `--round-names` (the rounds of the files given, in order).
struct ReadingChoices {
    static let acceptRejects = Option<Bool>.flag("--accept-rejects", .help(.acceptRejects))
    static let roundNames = Option<String>.text("--round-names", .placeholder(.names), .help(.roundNames))

    static var specs: [OptionSpec] { [roundNames.spec, acceptRejects.spec] }

    /// Whether rejected answers are left out rather than stopping the command.
    var acceptRejects: Bool
    /// The round of each file given, in order (`--round-names A,B`).
    var roundNames: [String]?

    init(_ arguments: ParsedArguments, files: [String]) throws(UsageError) {
        acceptRejects = arguments.contains(Self.acceptRejects)
        if let text = arguments[Self.roundNames] {
            let names = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.count == files.count, !names.contains(where: \.isEmpty) else {
                throw UsageError(CLIText.roundNamesPerFile(given: text, files: files.count).localized)
            }
            guard Set(names).count == names.count else {
                throw UsageError(CLIText.roundNamesDiffer(given: text).localized)
            }
            roundNames = names
        }
    }
}

extension CommandError {
    /// The stop when answers were rejected and `--accept-rejects` was not given: how many, by
    /// reason with the first places, and the way on.
    static func rejected(_ summary: RejectionSummary, files: [String], language: TextLanguage) -> CommandError {
        CommandError(
            message: CLIText.rejectsStop(total: summary.total)(language),
            details: summary.groups.map { CLIText.rejectionGroup($0)(language) }
                + [CLIText.rejectsWayOn(files: files)(language)])
    }
}
