import RCKitCLI
import RCReport

/// What running `rckit` in-process gave.
package struct CLIResult: Sendable {
    /// The exit status `rckit` returned (0 for success).
    package var status: Int32
    /// What it wrote to standard output.
    package var stdout: String
    /// What it wrote to standard error.
    package var stderr: String
}

/// Runs `rckit` with `arguments` in-process, capturing both streams.
package func rckit(_ arguments: String..., terminal: Bool = false, environment: [String: String] = [:]) -> CLIResult {
    rckit(arguments, terminal: terminal, environment: environment)
}

/// Runs `rckit` with `arguments` in-process, capturing both streams; `outputFormats` are the
/// formats `--format` offers.
package func rckit(
    _ arguments: [String], terminal: Bool = false, environment: [String: String] = [:],
    outputFormats: OutputFormats = .standard
) -> CLIResult {
    let out = MemoryOutput()
    let err = MemoryOutput()
    let status = RCKit.run(
        arguments,
        context: CommandContext(
            stdout: out, stderr: err, stdoutIsTerminal: terminal,
            environment: environment, outputFormats: outputFormats))
    return CLIResult(status: status, stdout: out.text, stderr: err.text)
}
