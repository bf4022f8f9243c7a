import Foundation
import RCCommandLine
import RCIngest

/// A command's options as one typed value, built once from the parsed command line; building it
/// checks every rule between options (usage errors, exit status 64).
protocol CommandOptions {
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// The files the command will read: each must exist and be a readable file before anything
    /// is read (data errors, exit status 1).
    var inputFiles: [String] { get }
    /// The files the command will write, each with the option that names it (`--out`).
    var outputFiles: [(option: String, path: String)] { get }
}

extension CommandOptions {
    var inputFiles: [String] { [] }
    var outputFiles: [(option: String, path: String)] { [] }

    /// Checks that no output is an input — given, or a companion rckit would read beside one
    /// (a SurveyXact dataset's structure and labels, a REDCap export's data dictionary) — or
    /// another output, by what they name on disk (symbolic and hard links included): a usage
    /// error (exit status 64) before anything is read, so that no output replaces the data.
    func checkOutputFiles() throws(UsageError) {
        guard !outputFiles.isEmpty else { return }
        var inputs: [FileIdentity: String] = [:]
        for path in inputFiles + inputFiles.flatMap(Ingestor.companionFiles(of:)) {
            inputs[FileIdentity(path: path)] = inputs[FileIdentity(path: path)] ?? path
        }
        var outputs: [FileIdentity: String] = [:]
        for (option, path) in outputFiles {
            let identity = FileIdentity(path: path)
            if let input = inputs[identity] {
                throw UsageError(CLIText.outputIsInput(option: option, path: path, input: input).localized)
            }
            if let other = outputs[identity] {
                throw UsageError(CLIText.outputsCollide(option: option, other: other, path: path).localized)
            }
            outputs[identity] = option
        }
    }

    /// Checks, before anything is read, that each output that exists already is a file rckit
    /// may replace (``AtomicFile/target(of:)``): not a folder, FIFO, device or socket.
    func checkOutputTargets() throws(CommandError) {
        for (_, path) in outputFiles { _ = try AtomicFile.target(of: path) }
    }

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
