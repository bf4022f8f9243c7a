/// Which number formats show a number as a date or time, so that rckit reads such cells as
/// ISO 8601 dates rather than as Excel's day serials.
package enum DateFormat {
    /// Whether the built-in format `id` is a date or time (ECMA-376 Part 1, 18.8.30): 14–22 and
    /// 45–47.
    package static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (45...47).contains(id)
    }

    /// Whether the custom format `code` shows a date or time: it has a `d`, `m`, `y`, `h` or
    /// `s` outside quoted text, `\`-escaped and `_`/`*`-spaced characters, and brackets (colours,
    /// conditions, locales). A pure elapsed-time format (`[h]:mm:ss`, a duration) and a number
    /// format (`0.00`, `#,##0 "kr"`) are not dates.
    package static func isDate(code: String) -> Bool {
        var scalars = code.unicodeScalars.makeIterator()
        var hasDatePart = false
        while let scalar = scalars.next() {
            switch scalar {
            case "\"":
                while let quoted = scalars.next(), quoted != "\"" {}
            case "\\", "_", "*":
                _ = scalars.next()
            case "[":
                var inside = ""
                while let bracketed = scalars.next(), bracketed != "]" { inside.unicodeScalars.append(bracketed) }
                let lowered = inside.lowercased()
                if !lowered.isEmpty,
                    lowered.allSatisfy({ $0 == "h" }) || lowered.allSatisfy({ $0 == "m" })
                        || lowered.allSatisfy({ $0 == "s" })
                {
                    return false
                }
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
                hasDatePart = true
            default:
                break
            }
        }
        return hasDatePart
    }
}
