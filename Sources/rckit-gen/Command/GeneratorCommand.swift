import RCCommandLine

/// The `rckit-gen` command line: parses the subcommand with the parser `rckit` uses and runs it.
enum GeneratorCommand {
    static let name = "rckit-gen"

    static let tool = ToolSpec(
        name: name,
        summary: Localized(
            """
            Deterministic data for rckit: the committed worked example and synthetic surveys for \
            benchmarks. The same arguments give the same bytes on every machine.
            """),
        commands: [SampleCommand.spec, SyntheticCommand.spec])

    /// Runs `rckit-gen` with `arguments` (without the program name) and returns the exit
    /// status: 0 success, 1 a file could not be written, 64 bad usage. It speaks English.
    static func run(
        _ arguments: [String], output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) -> Int32 {
        do {
            switch try tool.invocation(arguments) {
            case .missingCommand:
                errors.write(tool.overview(.en))
                return 64
            case .overview, .version:
                output.write(tool.overview(.en))
            case let .help(spec):
                output.write(spec.help(.en))
            case let .run(spec, parsed):
                switch spec.name {
                case SampleCommand.spec.name: try SampleCommand(parsed).run(output: &output)
                default: try SyntheticCommand(parsed).run(output: &output)
                }
            }
            return 0
        } catch let error as UsageError {
            errors.write(tool.report(error, .en))
            return 64
        } catch let error as GeneratorError {
            errors.write(tool.errorLine(error.message, .en))
            return error.exitStatus
        } catch {
            errors.write(tool.errorLine(String(describing: error), .en))
            return 1
        }
    }
}
