import Foundation
import Testing

/// Outputs never destroy what rckit did not create: an output that is an input (given, a
/// companion found beside one, through a link) or another output is a usage error before
/// anything is read; an existing output that is not a regular file is left alone (exit 1); a
/// symbolic link is written through to its file; a file replaced keeps its permissions.
@Suite struct OutputSafetyTests {
    static let sample = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv")

    /// A folder holding a copy of the sample as `in.csv`.
    static func folder() throws -> URL {
        let folder = try temporaryDirectory()
        try FileManager.default.copyItem(at: sample, to: folder.appendingPathComponent("in.csv"))
        return folder
    }

    static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    struct Collision: Sendable, CustomTestStringConvertible {
        var name: String
        /// The arguments, with `DIR` standing for the folder.
        var arguments: [String]
        /// Prepares the folder (links, companions).
        var prepare: @Sendable (URL) throws -> Void = { _ in }
        var testDescription: String { name }
    }

    static let collisions: [Collision] = [
        Collision(
            name: "analyze --out the input",
            arguments: ["analyze", "DIR/in.csv", "--format", "csv", "--out", "DIR/in.csv"]),
        Collision(
            name: "the input spelled otherwise", arguments: ["analyze", "DIR/in.csv", "--out", "DIR/./sub/../in.csv"]
        ) {
            try FileManager.default.createDirectory(
                at: $0.appendingPathComponent("sub"), withIntermediateDirectories: true)
        },
        Collision(name: "a symbolic link to the input", arguments: ["analyze", "DIR/in.csv", "--out", "DIR/link.csv"]) {
            try FileManager.default.createSymbolicLink(
                atPath: $0.appendingPathComponent("link.csv").path, withDestinationPath: "in.csv")
        },
        Collision(
            name: "a hard link to the input",
            arguments: ["analyze", "DIR/in.csv", "--out", "DIR/hard.csv"]
        ) {
            try FileManager.default.linkItem(
                at: $0.appendingPathComponent("in.csv"), to: $0.appendingPathComponent("hard.csv"))
        },
        Collision(name: "report --out the input", arguments: ["report", "DIR/in.csv", "--out", "DIR/in.csv"]),
        Collision(name: "import --out the input", arguments: ["import", "DIR/in.csv", "--out", "DIR/in.csv"]),
        Collision(name: "import --rejects the input", arguments: ["import", "DIR/in.csv", "--rejects", "DIR/in.csv"]),
        Collision(
            name: "--out and --rejects one file",
            arguments: ["import", "DIR/in.csv", "--out", "DIR/x.csv", "--rejects", "DIR/x.csv"]),
        Collision(
            name: "--out an instrument file",
            arguments: ["analyze", "DIR/in.csv", "--instrument", "DIR/i.json", "--out", "DIR/i.json"]
        ) {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("instruments/rc7-da.json"),
                to: $0.appendingPathComponent("i.json"))
        },
        Collision(
            name: "--out the invited file",
            arguments: ["analyze", "DIR/in.csv", "--invited", "DIR/inv.csv", "--out", "DIR/inv.csv"]
        ) {
            try Data("role,invited\nLæge,10\n".utf8).write(to: $0.appendingPathComponent("inv.csv"))
        },
        Collision(
            name: "--write-mapping the input", arguments: ["inspect", "DIR/in.csv", "--write-mapping", "DIR/in.csv"]),
        Collision(name: "instrument --out its file", arguments: ["instrument", "DIR/i.json", "--out", "DIR/i.json"]) {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("instruments/rc7-da.json"),
                to: $0.appendingPathComponent("i.json"))
        },
        Collision(
            name: "--out a SurveyXact companion found beside the dataset",
            arguments: ["import", "DIR/sx/dataset.csv", "--out", "DIR/sx/structure.csv"]
        ) {
            let fixtures = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes/surveyxact")
            try FileManager.default.copyItem(at: fixtures, to: $0.appendingPathComponent("sx"))
        }
    ]

    @Test(arguments: collisions)
    func anOutputThatIsAnInputIsRefusedBeforeReading(_ collision: Collision) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try collision.prepare(folder)
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
            .map { ($0, try? Self.bytes(folder.appendingPathComponent($0))) }
        let result = rckit(collision.arguments.map { $0.replacingOccurrences(of: "DIR", with: folder.path) })
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("is the same file as") || result.stderr.contains("is a file rckit reads"))
        // Refused before anything was read: no summary of records.
        #expect(!result.stderr.contains("records"), "\(result.stderr)")
        let after = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
            .map { ($0, try? Self.bytes(folder.appendingPathComponent($0))) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(zip(after, before).allSatisfy { $0.1 == $1.1 }, "a file changed")
    }

    @Test func theReadmesExampleLeavesTheSampleUnchanged() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv")
        let before = try Self.bytes(input)
        let result = rckit(["analyze", input.path, "--format", "csv", "--out", input.path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("rckit: error: --out \(input.path) is a file rckit reads"))
        #expect(try Self.bytes(input) == before)
    }

    enum Special: String, CaseIterable, Sendable {
        case fifo, folder, device, socket
    }

    /// A socket file at `path` (bound, then closed: the file stays).
    static func makeSocket(at path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8CString)
        guard bytes.count <= MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            bytes.withUnsafeBytes { raw.copyMemory(from: $0) }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
            }
        }
    }

    /// Never a system device such as /dev/null: a version of rckit that replaced it (as root)
    /// would break the machine. The device is a null device made in the test's folder, where
    /// the system allows making one.
    @Test(arguments: Special.allCases)
    func anExistingOutputThatIsNoRegularFileIsLeftAlone(_ kind: Special) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        switch kind {
        case .fifo: #expect(mkfifo(out.path, 0o644) == 0)
        case .folder: try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        case .device:
            // The null device's numbers: 1, 3 on Linux (encoded as glibc's makedev does), 3, 2 on macOS.
            #if os(Linux)
                let null = dev_t((1 << 8) | 3)
            #else
                let null = dev_t((3 << 24) | 2)
            #endif
            guard mknod(out.path, S_IFCHR | 0o666, null) == 0 else { return }  // not allowed here
        case .socket: try #require(Self.makeSocket(at: out.path))
        }
        var before = stat()
        #expect(lstat(out.path, &before) == 0)
        let result = rckit(["analyze", folder.appendingPathComponent("in.csv").path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rckit: error: \(out.path): is a"), "\(result.stderr)")
        #expect(result.stderr.contains("left it as it was"))
        var after = stat()
        #expect(lstat(out.path, &after) == 0)
        #expect(after.st_mode == before.st_mode && after.st_ino == before.st_ino)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["in.csv", "out"])
    }

    @Test func aSymbolicLinkIsWrittenThroughToItsFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.csv")
        let link = folder.appendingPathComponent("link.csv")
        try Data("old\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "target.csv")
        let result = rckit([
            "analyze", folder.appendingPathComponent("in.csv").path, "--format", "csv", "--out", link.path
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "target.csv")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("rater,target,n,mean"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "in.csv", "link.csv", "target.csv"
            ])
    }

    @Test func aLinkToNothingIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "nowhere.csv")
        let result = rckit(["analyze", folder.appendingPathComponent("in.csv").path, "--out", link.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("symbolic link to a file that does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere.csv").path))
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.csv")
        try Data("old\n".utf8).write(to: out)
        #expect(chmod(out.path, 0o640) == 0)
        let result = rckit([
            "analyze", folder.appendingPathComponent("in.csv").path, "--format", "csv", "--out", out.path
        ])
        #expect(result.status == 0)
        var info = stat()
        #expect(stat(out.path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("rater,target"))
    }
}
