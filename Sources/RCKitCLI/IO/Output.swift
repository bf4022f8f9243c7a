import RCIngest

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

    /// Writes the parts of a workbook (`.xlsx`) as a ZIP package to `path`, atomically; the
    /// parts are deflated, the content types first as the format asks.
    static func writeWorkbook(_ parts: [(path: String, bytes: [UInt8])], to path: String) throws(CommandError) {
        var zip = ZipWriter()
        for part in parts { zip.add(part.path, part.bytes, deflated: true) }
        let file = try AtomicFile(path: path)
        file.write(bytes: zip.bytes)
        try file.commit()
    }
}
