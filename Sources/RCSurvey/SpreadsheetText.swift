extension String {
    /// The text as a spreadsheet cell shows it rather than runs it: a text starting with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return (or the full-width `＝＋－＠`) gets a leading
    /// apostrophe, so that a name from a user's file cannot become a formula (CSV injection).
    package var neutralizedForSpreadsheets: String {
        guard let first = unicodeScalars.first else { return self }
        switch first {
        case "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": return "'" + self
        default: return self
        }
    }
}
