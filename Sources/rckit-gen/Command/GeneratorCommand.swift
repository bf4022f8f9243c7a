/// The `rckit-gen` command line: parses the subcommand and runs it.
enum GeneratorCommand {
    static let help = """
        OVERVIEW: Deterministic data for rckit: the committed worked example and synthetic
        surveys for benchmarks. The same arguments give the same bytes on every machine.

        USAGE: rckit-gen <subcommand> [options]

        SUBCOMMANDS:
          sample      Write the Danish worked example (forstuegang) to sample-data/.
          synthetic   Stream a synthetic survey of any size, tidy long or wide.

        See 'rckit-gen <subcommand> --help' for the options of each.

        """

    /// Runs `rckit-gen` with `arguments` (without the program name) and returns the exit
    /// status: 0 success, 1 a file could not be written, 64 bad usage.
    static func run(_ arguments: [String], output: inout some TextOutputStream,
                    errors: inout some TextOutputStream) -> Int32 {
        do {
            return try dispatch(arguments, output: &output)
        } catch {
            errors.write("rckit-gen: error: \(error.message)\n")
            return error.exitStatus
        }
    }

    private static func dispatch(_ arguments: [String], output: inout some TextOutputStream) throws(GeneratorError) -> Int32 {
        guard let subcommand = arguments.first else {
            throw .usage("missing subcommand (sample or synthetic)")
        }
        let rest = Array(arguments.dropFirst())
        switch subcommand {
        case "--help", "-h", "help":
            if let topic = rest.first {
                return try dispatch([topic, "--help"], output: &output)
            }
            output.write(help)
        case SampleCommand.name:
            let options = try OptionList(rest, allowed: SampleCommand.options, command: SampleCommand.name)
            if options.wantsHelp {
                output.write(SampleCommand.help)
                return 0
            }
            try SampleCommand(options: options).run(output: &output)
        case SyntheticCommand.name:
            let options = try OptionList(rest, allowed: SyntheticCommand.options, command: SyntheticCommand.name)
            if options.wantsHelp {
                output.write(SyntheticCommand.help)
                return 0
            }
            try SyntheticCommand(options: options).run(output: &output)
        default:
            throw .usage("unknown subcommand '\(subcommand)' (expected sample or synthetic)")
        }
        return 0
    }
}
