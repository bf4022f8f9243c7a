import Foundation
import RCCommandLine

/// A command's options as one typed value, built once from the parsed command line; building it
/// checks every rule between options (usage errors, exit status 64).
protocol CommandOptions {
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// The files the command will read: each must exist and be a readable file before anything
    /// is read (data errors, exit status 1).
    var inputFiles: [String] { get }
}

extension CommandOptions {
    var inputFiles: [String] { [] }

    /// Checks that every input file exists, is a file and can be read: `nosuch.csv: no such
    /// file`, `data/: is a folder, not a file` — no line number, since nothing was read.
    func checkInputFiles(_ language: TextLanguage) throws(CommandError) {
        for path in inputFiles {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CommandError(file: path, message: CLIText.noSuchFile(language))
            }
            guard !isFolder.boolValue else { throw CommandError(file: path, message: CLIText.isAFolder(language)) }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw CommandError(file: path, message: CLIText.unreadable(language))
            }
        }
    }
}

extension Localized {
    /// `CLIText.placeholder(.file).localized`, shorter.
    static func placeholder(_ placeholder: CLIText.Placeholder) -> Localized {
        CLIText.placeholder(placeholder).localized
    }
    static func help(_ help: CLIText.OptionHelp) -> Localized { CLIText.help(help).localized }
}
