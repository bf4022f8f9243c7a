extension CSVReader {
    /// The number of records from here to the end of the file, as ``next()`` would read them:
    /// plain runs are counted without splitting them into fields (``PlainRecords/countRecords()``),
    /// the records between them are read. Throws what ``next()`` would throw.
    mutating func countRecords() throws -> Int {
        var total = 0
        while true {
            var counted = 0
            let ran = try Ingestor.locatingStart {
                try withPlainRun(prefixFields: 0) { records in counted = records.countRecords() }
            }
            if ran {
                total += counted
                continue
            }
            guard try Ingestor.checked(next()) != nil else { return total }
            total += 1
        }
    }
}
