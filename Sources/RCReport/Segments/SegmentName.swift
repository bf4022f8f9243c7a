import RCSurvey

/// A segment of a background variable — `Afdeling` = `Akut` — as `--where` names the one it shows,
/// so that every output says which segment it is (SPEC §6).
public struct SegmentName: Sendable, Equatable {
    /// The variable as the data names it (`Afdeling`).
    public var by: String
    /// The value; nil for the respondents with no value.
    public var value: String?

    /// The segment of the variable `by` with `value` (nil: the respondents with no value).
    public init(by: String, value: String?) {
        self.by = by
        self.value = value
    }

    /// `Afdeling: Akut`.
    public func title(_ language: Language) -> String {
        Phrases(language: language).segmentTitle(by: by, value: value)
    }

    /// `═══ Afdeling: Akut ═══`, the heading of a terminal table (as `--by` heads its segments).
    public func tableHeading(_ language: Language, color: Bool) -> String {
        let line = "═══ \(TextColumns.sanitize(title(language))) ═══"
        return (color ? TerminalColor.bold(line) : line) + "\n"
    }

    /// `# Afdeling: Akut`, the heading of a Markdown document.
    public func markdownHeading(_ language: Language) -> String {
        "# \(Markdown.escape(title(language)))\n\n"
    }

    /// `{"by": "Afdeling", "segment": "Akut"}`, the JSON documents' `where`.
    public var json: JSONValue {
        .object([("by", .string(by)), ("segment", value.map(JSONValue.string) ?? .null)])
    }
}
