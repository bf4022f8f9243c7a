import RCSurvey

/// Turns role spellings into one name per role: the instrument's name when it defines the
/// roles, otherwise the first spelling seen (so "sygeplejerske" and "Sygeplejerske " are one role).
struct RoleNames: Sendable {
    let instrument: Instrument
    private var seen: [TextKey: String] = [:]
    private var cache: [String: String?] = [:]

    init(instrument: Instrument) {
        self.instrument = instrument
    }

    /// The role's name, or nil when the instrument defines the roles and this is none of them.
    mutating func canonical(_ text: String) -> String? {
        if let known = cache[text] { return known }
        let result: String?
        if instrument.definesRoles {
            result = instrument.role(matching: text)?.name
        } else {
            let key = TextKey(text)
            if key.isEmpty {
                result = nil
            } else if let first = seen[key] {
                result = first
            } else {
                let name = text.trimmingWhitespace()
                seen[key] = name
                result = name
            }
        }
        if cache.count < 10_000 { cache[text] = result }
        return result
    }
}
