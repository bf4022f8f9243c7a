/// The part of `xl/styles.xml` rckit needs: which cell formats (the `s` index of a cell, an
/// index into `cellXfs`) show numbers as dates.
package enum StylesPart {
    /// For each `cellXfs` entry, whether its number format (built-in or from `numFmts`) is a date.
    package static func dateStyles(_ scanner: inout XMLScanner) throws(ArchiveError) -> [Bool] {
        var customDates: [Int: Bool] = [:]
        var styles: [Bool] = []
        var inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case .start where scanner.isNamed("numFmt"):
                if let id = scanner.attribute("numFmtId").flatMap({ Int($0) }) {
                    customDates[id] = DateFormat.isDate(code: scanner.attribute("formatCode") ?? "")
                }
            case .start where scanner.isNamed("cellXfs"):
                inCellFormats = true
            case .end where scanner.isNamed("cellXfs"):
                inCellFormats = false
            case .start where inCellFormats && scanner.isNamed("xf"):
                let id = scanner.attribute("numFmtId").flatMap { Int($0) } ?? 0
                styles.append(customDates[id] ?? DateFormat.isBuiltInDate(id))
            default:
                break
            }
        }
        return styles
    }
}
