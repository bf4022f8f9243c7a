import Foundation
import RCKitCLI

/// The result of running `rckit` in-process.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `rckit` with `arguments` in-process, capturing both streams.
/// The environment is empty unless given: help and messages in English.
func rckit(_ arguments: String..., terminal: Bool = false, environment: [String: String] = [:]) -> CLIResult {
    rckit(arguments, terminal: terminal, environment: environment)
}

func rckit(_ arguments: [String], terminal: Bool = false, environment: [String: String] = [:]) -> CLIResult {
    let out = MemoryOutput()
    let err = MemoryOutput()
    let context = CommandContext(stdout: out, stderr: err, stdoutIsTerminal: terminal, environment: environment)
    let status = RCKit.run(arguments, context: context)
    return CLIResult(status: status, stdout: out.text, stderr: err.text)
}

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh empty folder for a test's files.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
