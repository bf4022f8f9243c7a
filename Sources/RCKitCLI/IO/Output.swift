import RCReport

/// Writes a command's result to standard output or, atomically, to a file.
enum Output {
    static func write(_ text: String, to path: String?, context: CommandContext) throws(CommandError) {
        try write(.text(text), to: path, context: context)
    }

    /// Writes rendered output: text to standard output when no file is given, else the bytes to
    /// the file, whole or not at all.
    static func write(_ output: RenderedOutput, to path: String?, context: CommandContext) throws(CommandError) {
        guard let path else {
            if case let .text(text) = output { context.stdout.write(text) }
            return
        }
        let file = try AtomicFile(path: path)
        file.write(bytes: output.bytes)
        try file.commit()
    }
}
