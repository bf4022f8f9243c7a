import Foundation

/// What a command runs with: its output streams and what it knows of the terminal.
public struct CommandContext {
    public var stdout: any TextOutput
    public var stderr: any TextOutput
    /// Whether standard output is a terminal (colours and layout for people, not pipes).
    public var stdoutIsTerminal: Bool
    public var environment: [String: String]

    public init(stdout: any TextOutput, stderr: any TextOutput, stdoutIsTerminal: Bool = false,
                environment: [String: String] = [:]) {
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutIsTerminal = stdoutIsTerminal
        self.environment = environment
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    var useColor: Bool { stdoutIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true }
}

/// A subcommand of `rckit`.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus
}

/// The `rckit` command line as a library: every command runs in-process with injected
/// streams and returns its exit status.
public enum RCKit {
    public static let version = "0.1.0"

    static var commands: [any Command.Type] {
        [InstrumentCommand.self, InspectCommand.self, ImportCommand.self, AnalyzeCommand.self, CompareCommand.self, ReportCommand.self]
    }

    /// Runs `rckit` with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        defer {
            context.stdout.flush()
            context.stderr.flush()
        }
        guard let first = arguments.first else {
            context.stderr.write(overview())
            return ExitStatus.usage.rawValue
        }
        switch first {
        case "-h", "--help":
            context.stdout.write(overview())
            return ExitStatus.success.rawValue
        case "--version":
            context.stdout.write("rckit \(version)\n")
            return ExitStatus.success.rawValue
        case "help":
            if arguments.count > 1, let command = command(named: arguments[1]) {
                context.stdout.write(command.spec.help())
                return ExitStatus.success.rawValue
            }
            context.stdout.write(overview())
            return ExitStatus.success.rawValue
        default:
            break
        }
        guard let command = command(named: first) else {
            context.stderr.write("rckit: error: unknown command '\(first)'\n\n" + overview())
            return ExitStatus.usage.rawValue
        }
        do {
            let parsed = try ParsedArguments(Array(arguments.dropFirst()), spec: command.spec)
            if parsed.wantsHelp {
                context.stdout.write(command.spec.help())
                return ExitStatus.success.rawValue
            }
            return try command.run(parsed, context: context).rawValue
        } catch let error as UsageError {
            context.stderr.write("rckit: error: \(error.message)\n")
            context.stderr.write("Usage: rckit \(command.spec.name) \(command.spec.synopsis)\nSee 'rckit \(command.spec.name) --help'.\n")
            return ExitStatus.usage.rawValue
        } catch {
            context.stderr.write("rckit: error: \(String(describing: error).replacingOccurrences(of: "\n", with: " "))\n")
            return ExitStatus.dataError.rawValue
        }
    }

    /// Runs `rckit` on the process's own arguments and standard streams.
    public static func main() -> Int32 {
        let context = CommandContext(
            stdout: FileDescriptorOutput(descriptor: STDOUT_FILENO),
            stderr: FileDescriptorOutput(descriptor: STDERR_FILENO, capacity: 0),
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment)
        return run(Array(CommandLine.arguments.dropFirst()), context: context)
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    static func overview() -> String {
        var text = """
        OVERVIEW: rckit \(version) — relational coordination (RC) survey toolkit

        USAGE: rckit COMMAND [OPTIONS]

        COMMANDS:

        """
        let width = (commands.map { $0.spec.name.count }.max() ?? 0) + 2
        for command in commands {
            text += "  " + command.spec.name + String(repeating: " ", count: width - command.spec.name.count)
                + command.spec.summary + "\n"
        }
        text += "\nSee 'rckit COMMAND --help' for the options of a command.\n"
        return text
    }
}
