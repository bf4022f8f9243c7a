import Foundation
import RCCommandLine
import RCReport
import RCStats
import RCSurvey

/// What a command runs with: its output streams and what it knows of the terminal.
public struct CommandContext {
    /// Where results go (standard output).
    public var stdout: any TextOutput
    /// Where messages go (standard error).
    public var stderr: any TextOutput
    /// Whether standard output is a terminal (colours and layout for people, not pipes).
    public var stdoutIsTerminal: Bool
    /// The process's environment: `NO_COLOR`, and `LC_ALL`, `LC_MESSAGES` and `LANG` for the
    /// language of help and messages when `--lang` is not given.
    public var environment: [String: String]
    /// The language of help and messages: `--lang`, else the environment's.
    var language: TextLanguage

    /// The output formats `analyze` and `compare` offer (`--format`): the standard ones, or
    /// those and an app's or a test's own.
    public var outputFormats: OutputFormats

    /// A context writing to `stdout` and `stderr`; `stdoutIsTerminal` for colours, `environment`
    /// for the language of messages and `NO_COLOR`, `outputFormats` for the formats on offer.
    public init(
        stdout: any TextOutput, stderr: any TextOutput, stdoutIsTerminal: Bool = false,
        environment: [String: String] = [:], outputFormats: OutputFormats = .standard
    ) {
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutIsTerminal = stdoutIsTerminal
        self.environment = environment
        self.outputFormats = outputFormats
        language = TextLanguage(environment: environment)
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    var useColor: Bool { stdoutIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true }

    /// `rckit: warning: …`, one line in the language of messages (what it quotes from a file
    /// written visibly, ``Swift/String/visibleInTerminal(keepingLineFeeds:)``).
    func warning(_ text: CLIText) -> String {
        RCKit.messages.warningLine(text(language).visibleInTerminal(), language)
    }

    /// `rckit: …`, one line in the language of messages.
    func note(_ text: CLIText) -> String { "\(RCKit.name): \(text(language).visibleInTerminal())\n" }
}

/// A subcommand of `rckit`: its spec (help, usage and parsing are generated from it), its
/// options as one typed value, and what it does with them.
protocol Command {
    associatedtype Options: CommandOptions
    /// What the command accepts, with `formats` the output formats on offer.
    static func spec(_ formats: OutputFormats) -> CommandSpec
    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus
}

extension Command {
    /// Builds the options from the parsed command line, checks the input files, and runs.
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let options = try Options(arguments)
        try options.checkOutputFiles()
        try options.checkOutputTargets()
        try options.checkInputFiles(context.language)
        return try run(options, context: context)
    }
}

/// The `rckit` command line as a library: every command runs in-process with injected
/// streams and returns its exit status.
public enum RCKit {
    /// rckit's version, as `--version` and the reports' footers give it.
    public static let version = "0.2.0"
    static let name = "rckit"

    static var commands: [any Command.Type] {
        [
            InstrumentCommand.self, InspectCommand.self, ImportCommand.self, AnalyzeCommand.self, CompareCommand.self,
            ReportCommand.self, SetupCommand.self
        ]
    }

    /// The program: its overview and its commands, with `formats` the output formats on offer.
    static func tool(_ formats: OutputFormats) -> ToolSpec {
        ToolSpec(
            name: name, summary: CLIText.toolSummary(version: version).localized, version: version,
            commands: commands.map { $0.spec(formats) })
    }

    /// The program, for the lines of its errors and warnings.
    static let messages = ToolSpec(
        name: name, summary: CLIText.toolSummary(version: version).localized, version: version, commands: [])

    /// Runs `rckit` with `arguments` (without the program name) and returns the exit status.
    /// A write to standard output that failed (a full disk, a closed stream) makes it 1, with a
    /// message; a pipe closed by its reader (`| head`) makes it 1 quietly.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        var context = context
        context.language = TextLanguage.chosen(by: arguments) ?? TextLanguage(environment: context.environment)
        var status = runCommand(arguments, context: context)
        context.stdout.flush()
        // A command that failed has said why already.
        if let code = context.stdout.writeError, status == ExitStatus.success.rawValue {
            if code != EPIPE {
                let reason = String(cString: strerror(code))
                context.stderr.write(
                    messages.errorLine(
                        CLIText.cannotWriteStandardOutput(reason: reason)(context.language), context.language))
            }
            status = ExitStatus.dataError.rawValue
        }
        context.stderr.flush()
        return status
    }

    private static func runCommand(_ arguments: [String], context: CommandContext) -> Int32 {
        let language = context.language
        let tool = tool(context.outputFormats)
        do {
            switch try tool.invocation(arguments) {
            case .missingCommand:
                context.stderr.write(tool.overview(language))
                return ExitStatus.usage.rawValue
            case .overview:
                context.stdout.write(tool.overview(language))
            case .version:
                context.stdout.write("\(name) \(version)\n")
            case let .help(spec):
                context.stdout.write(spec.help(language))
            case let .run(spec, parsed):
                guard let command = commands.first(where: { $0.spec(context.outputFormats).name == spec.name }) else {
                    return ExitStatus.usage.rawValue
                }
                do {
                    return try command.run(parsed, context: context).rawValue
                } catch let error as UsageError {
                    throw error.in(spec.name)
                } catch let error as RenderError {
                    // The result cannot be written in the format asked for: the command line's fault.
                    throw UsageError(CLIText.renderError(error).localized, command: spec.name)
                }
            }
            return ExitStatus.success.rawValue
        } catch let error as UsageError {
            context.stderr.write(tool.report(error, language).visibleInTerminal(keepingLineFeeds: true))
            return ExitStatus.usage.rawValue
        } catch let error as SurveySelectionError {
            // A round, variable or segment the data does not have, said in the language of messages.
            context.stderr.write(tool.errorLine(CLIText.selection(error)(language).visibleInTerminal(), language))
            return ExitStatus.dataError.rawValue
        } catch let error as CommandError where !error.details.isEmpty {
            // The message, then its details, each line indented; nothing from a file steers the terminal.
            context.stderr.write(tool.errorLine(error.description.visibleInTerminal(), language))
            for line in error.details { context.stderr.write("  \(line.visibleInTerminal())\n") }
            return ExitStatus.dataError.rawValue
        } catch {
            // One line, and nothing in it (a value from the file) steers the terminal.
            let message = String(describing: error).replacingOccurrences(of: "\n", with: " ").visibleInTerminal()
            context.stderr.write(tool.errorLine(message, language))
            return ExitStatus.dataError.rawValue
        }
    }

    /// Runs `rckit` on the process's own arguments and standard streams.
    /// Standard streams that were closed when rckit started are opened on /dev/null for reading
    /// only, so that no file rckit opens takes their place and every write to them fails (and is
    /// reported); temporary output files are removed when a signal ends the process.
    public static func main() -> Int32 {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        TemporaryFiles.removeOnSignals()
        let context = CommandContext(
            stdout: FileDescriptorOutput(descriptor: STDOUT_FILENO),
            stderr: FileDescriptorOutput(descriptor: STDERR_FILENO, capacity: 0),
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment)
        return run(Array(CommandLine.arguments.dropFirst()), context: context)
    }
}
