/// Writes a command's result to standard output or, atomically, to a file.
enum Output {
    static func write(_ text: String, to path: String?, context: CommandContext) throws(CommandError) {
        guard let path else {
            context.stdout.write(text)
            return
        }
        let file = try AtomicFile(path: path)
        file.write(text)
        try file.commit()
    }
}
