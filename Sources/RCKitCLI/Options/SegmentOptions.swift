import Foundation
import RCCommandLine

/// Segments of a background variable, the same in `analyze`, `compare` and `report`: `--by NAME`
/// shows every segment beside the whole organisation, `--where NAME=VALUE` analyses one alone.
struct SegmentOptions {
    static let by = Option<String>.text("--by", .placeholder(.name), .help(.by))
    static let `where` = Option<String>.text("--where", .placeholder(.nameIsValue), .help(.only))

    static var specs: [OptionSpec] { [by.spec, `where`.spec] }

    /// `--by`: the background variable to segment by.
    var by: String?
    /// `--where`: the variable and the value of the one segment to analyse.
    var only: (name: String, value: String)?

    /// `--invited`: the file of invited counts per role.
    var invited: String?

    /// Whether the background variables must be read.
    var needsBackground: Bool { by != nil || only != nil }

    init(_ arguments: ParsedArguments) throws(UsageError) {
        by = arguments[Self.by]
        invited = arguments[InvitedCounts.option]
        if let text = arguments[Self.where] {
            guard let equals = text.firstIndex(of: "="), !text[..<equals].trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw UsageError(CLIText.whereNeedsValue(text).localized)
            }
            only = (
                String(text[..<equals]).trimmingCharacters(in: .whitespaces),
                String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            )
        }
        if by != nil, only != nil { throw UsageError(CLIText.byWithWhere.localized) }
    }
}
