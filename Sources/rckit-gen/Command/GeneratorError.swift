/// Why `rckit-gen` could not finish (exit status 1); a wrong command line is a `UsageError`.
enum GeneratorError: Error, Sendable, Equatable {
    /// A file could not be written.
    case output(path: String, reason: String)

    var exitStatus: Int32 { 1 }

    /// One line for the person at the terminal.
    var message: String {
        switch self {
        case let .output(path, reason): "\(path): \(reason)"
        }
    }
}
