import RCStats
import RCSurvey

/// One output format: its name and file extensions, and how a ``SurveyResult`` becomes text or
/// bytes in it. Each format is one type in one file (`Output/Formats/`) and one line in
/// ``OutputFormats/standard``; a command line or an app picks it by name or by the extension of
/// the file written.
public protocol ResultRenderer: Sendable {
    /// The name `--format` takes (`json`).
    static var name: String { get }
    /// The extensions of a file that `--out` writes in this format (`json`), lowercase.
    static var fileExtensions: [String] { get }
    /// Whether the format is bytes for a file (a workbook) rather than text that a terminal shows.
    static var isBinary: Bool { get }
    /// The result in this format.
    static func render(_ result: SurveyResult, _ context: ResultContext) throws(RenderError) -> RenderedOutput
}

extension ResultRenderer {
    /// None: the format is chosen by name only.
    public static var fileExtensions: [String] { [] }
    /// Text, by default.
    public static var isBinary: Bool { false }
}

/// A rendered result: text (UTF-8) or the bytes of a binary file.
public enum RenderedOutput: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])

    /// The output as the bytes to write.
    public var bytes: [UInt8] {
        switch self {
        case let .text(text): Array(text.utf8)
        case let .bytes(bytes): bytes
        }
    }
}

/// Why a result cannot be written in a format.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The format holds one comparison of two rounds only (CSV), and the result has `rounds`.
    case twoRoundsOnly(format: String, rounds: Int)

    /// What went wrong, for the person at the command line.
    public var description: String {
        switch self {
        case let .twoRoundsOnly(format, rounds):
            "--format \(format) compares two rounds, and \(rounds) were given; choose two with --round"
        }
    }
}

/// The output formats a command offers: the standard ones, or those and more (an app's own,
/// or a test's), found by name or by file extension.
public struct OutputFormats: Sendable {
    /// The formats, in the order help lists them.
    public var renderers: [any ResultRenderer.Type]

    /// The formats `renderers` offer.
    public init(_ renderers: [any ResultRenderer.Type]) {
        self.renderers = renderers
    }

    /// rckit's formats, in the order help lists them.
    public static let standard = OutputFormats([
        TableRenderer.self, MarkdownRenderer.self, CSVRenderer.self, JSONRenderer.self, HTMLRenderer.self,
        WorkbookRenderer.self
    ])

    /// The formats' names, in order.
    public var names: [String] { renderers.map { $0.name } }

    /// The format named `name`.
    public func renderer(named name: String) -> (any ResultRenderer.Type)? {
        renderers.first { $0.name == name }
    }

    /// The format whose file extension `path` has, if any.
    public func renderer(forFile path: String) -> (any ResultRenderer.Type)? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let fileExtension = path[path.index(after: dot)...].lowercased()
        return renderers.first { $0.fileExtensions.contains(fileExtension) }
    }

    /// These formats and `more` after them.
    public static func + (formats: OutputFormats, more: [any ResultRenderer.Type]) -> OutputFormats {
        OutputFormats(formats.renderers + more)
    }
}
