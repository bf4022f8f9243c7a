/// Why `rckit-gen` stopped, with the exit status that goes with it.
enum GeneratorError: Error, Sendable, Equatable {
    /// The command line was wrong (exit status 64).
    case usage(String)
    /// A file could not be written (exit status 1).
    case output(path: String, reason: String)

    var exitStatus: Int32 {
        switch self {
        case .usage: 64
        case .output: 1
        }
    }

    /// One line for the person at the terminal.
    var message: String {
        switch self {
        case let .usage(text): "\(text); see 'rckit-gen --help'"
        case let .output(path, reason): "\(path): \(reason)"
        }
    }
}
