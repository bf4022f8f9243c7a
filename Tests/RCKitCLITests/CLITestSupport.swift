import Foundation
import RCKitCLI

/// The result of running `rckit` in-process.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `rckit` with `arguments` in-process, capturing both streams.
func rckit(_ arguments: String..., terminal: Bool = false) -> CLIResult {
    rckit(arguments, terminal: terminal)
}

func rckit(_ arguments: [String], terminal: Bool = false) -> CLIResult {
    let out = MemoryOutput()
    let err = MemoryOutput()
    let status = RCKit.run(arguments, context: CommandContext(stdout: out, stderr: err, stdoutIsTerminal: terminal))
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
