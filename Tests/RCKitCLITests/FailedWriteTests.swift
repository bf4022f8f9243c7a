import Foundation
import Testing

/// A failed write is a failure, and a signal leaves no half-written file: the built `rckit`
/// with standard output on a full device or closed, a pipe closed by its reader, and SIGINT,
/// SIGTERM and SIGHUP while an output is being written.
@Suite(.serialized) struct FailedWriteTests {
    static let sample = "sample-data/forstuegang-foer.csv"

    /// Runs `script` with `/bin/sh` in the repository (`RCKIT` stands for the built binary).
    static func shell(_ script: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script.replacingOccurrences(of: "RCKIT", with: try BuiltBinaryTests.binary().path)]
        process.currentDirectoryURL = repositoryRoot
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test(arguments: [
        ["import", sample], ["analyze", sample], ["analyze", sample, "--format", "json"], ["instrument"],
        ["inspect", sample]
    ])
    func aFullDiskIsAnError(arguments: [String]) throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let result = try Self.shell("RCKIT \(arguments.joined(separator: " ")) > /dev/full")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        // import says nothing of what it accepted when the rows did not arrive.
        #expect(!result.stderr.contains("accepted"))
    }

    @Test func aClosedStandardOutputIsAnError() throws {
        let result = try Self.shell("RCKIT analyze \(Self.sample) >&-")
        #expect(result.status == 1)
        #expect(result.stderr.contains("rckit: error: cannot write to standard output"), "\(result.stderr)")
    }

    @Test func aPipeClosedByItsReaderStaysQuietAndFails() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = folder.appendingPathComponent("status")
        // The rows (about 400 KB) are more than a pipe holds: the reader is gone while rckit writes.
        let result = try Self.shell("(RCKIT import \(Self.sample); echo $? > \(status.path)) | head -c 10 > /dev/null")
        let code = Int(try String(contentsOf: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(code != nil && code != 0)
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
    }

    /// A tidy file big enough that writing its import takes a moment.
    static func bigSurvey(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("big.csv")
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        let roles = ["Læge", "Sygeplejerske", "Portør", "Fysioterapeut"]
        let dimensions = [
            "frequent_communication", "timely_communication", "accurate_communication",
            "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"
        ]
        text.reserveCapacity(30 << 20)
        for respondent in 0..<20_000 {
            for target in roles {
                for (d, dimension) in dimensions.enumerated() {
                    text +=
                        "R\(respondent),,\(roles[respondent % 4]),\(target),\(dimension),\((respondent + d) % 5 + 1)\n"
                }
            }
        }
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalMidWriteLeavesThePreviousOutputAndNoTemporaryFile(signal: Int32) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.bigSurvey(in: folder)
        let out = folder.appendingPathComponent("out.csv")
        let previous = Data("the previous output\n".utf8)
        // Tries a few times: the signal must arrive while the temporary file exists.
        var caught = false
        for _ in 0..<5 where !caught {
            try previous.write(to: out)
            let process = Process()
            process.executableURL = try BuiltBinaryTests.binary()
            process.arguments = ["import", input.path, input.path, input.path, "--round", "x", "--out", out.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            var sawTemporary = false
            for _ in 0..<20_000 where process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".out.csv.rckit-") }) {
                    sawTemporary = true
                    break
                }
                usleep(200)
            }
            guard sawTemporary, process.isRunning else {
                process.waitUntilExit()
                continue
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else { continue }  // it finished first
            caught = true
            #expect(process.terminationStatus == signal)
            #expect(try Data(contentsOf: out) == previous)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["big.csv", "out.csv"])
        }
        #expect(caught, "rckit finished before the signal each time")
    }
}
