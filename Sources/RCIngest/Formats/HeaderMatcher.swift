import RCSurvey

/// Reads what an answer column is about from its header: a role and a dimension, in the
/// layouts survey tools use — `Question [Role]` (Google Forms, LimeSurvey), `Question - Role`
/// (Qualtrics, SurveyXact), `Question.Role` (Microsoft Forms), `Role: Question` — where the
/// question is a dimension id, its Danish or English label, or the instrument's question text
/// (any focal process).
struct HeaderMatcher: Sendable {
    let instrument: Instrument
    private var labels: [TextKey: Dimension] = [:]
    /// Question wording split around `[process]`, as keys: (dimension, before, after).
    private var templates: [(Dimension, String, String)] = []

    init(instrument: Instrument) {
        self.instrument = instrument
        for item in instrument.items {
            for text in item.question.allTexts {
                let parts = text.components(separatedBy: Instrument.processPlaceholder)
                let before = TextKey(parts[0]).value
                let after = parts.count > 1 ? TextKey(parts[1...].joined(separator: " ")).value : ""
                templates.append((item.dimension, before, after))
                for language in Language.allCases {
                    let filled = text.replacingOccurrences(
                        of: Instrument.processPlaceholder, with: instrument.process.text(language))
                    labels[TextKey(filled)] = item.dimension
                }
            }
        }
    }

    /// The dimension a question text asks about, if any. `exactly`: only a dimension's id or
    /// label or the instrument's question with its own focal process, not with any process.
    func dimension(ofQuestion text: String, exactly: Bool = false) -> Dimension? {
        if let dimension = Dimension(matching: text) { return dimension }
        let key = TextKey(text)
        if let dimension = labels[key] { return dimension }
        guard !exactly, key.value.count >= 12 else { return nil }
        // The question with any focal process: its fixed words around the placeholder.
        for (dimension, before, after) in templates where !before.isEmpty {
            if key.value.hasPrefix(before), after.isEmpty || key.value.hasSuffix(after),
                key.value.count >= before.count + after.count
            {
                return dimension
            }
        }
        return nil
    }

    /// The (role text, dimension) an answer column header names, or nil for other columns.
    func match(_ rawHeader: String) -> (role: String, dimension: Dimension)? {
        var header = rawHeader.trimmingWhitespace()
        // LimeSurvey "code & text" headings: `FREQ[SQ001]. How often … [Nurse]`.
        if let start = HeaderPatterns.limeSurveyTextStart(header) {
            header = String(header[start...])
        }
        // `Question [Role]`
        if header.hasSuffix("]"), let open = header.range(of: "[", options: .backwards) {
            let question = String(header[..<open.lowerBound])
            let role = String(header[open.upperBound..<header.index(before: header.endIndex)]).trimmingWhitespace()
            if let dimension = dimension(ofQuestion: question), isRoleName(role) { return (role, dimension) }
        }
        // `Question - Role`, `Role: Question`, and the other way round.
        // `.` joins a Likert question and its statement in Microsoft Forms (`…forløbet?.Læge`).
        // First with the question as the instrument words it: with any focal process, the
        // process could swallow part of a role named with the separator (`… - Læge - nat`).
        for exactly in [true, false] {
            for separator in [" - ", " – ", " — ", ": ", " | ", " / ", "_", "."] {
                for backwards in [true, false] {
                    guard let range = header.range(of: separator, options: backwards ? .backwards : []) else {
                        continue
                    }
                    let left = String(header[..<range.lowerBound]).trimmingWhitespace()
                    let right = String(header[range.upperBound...]).trimmingWhitespace()
                    if let dimension = dimension(ofQuestion: left, exactly: exactly), isRoleName(right) {
                        return (right, dimension)
                    }
                    if let dimension = dimension(ofQuestion: right, exactly: exactly), isRoleName(left) {
                        return (left, dimension)
                    }
                }
            }
        }
        return nil
    }

    private func isRoleName(_ text: String) -> Bool {
        let key = TextKey(text)
        guard !key.isEmpty else { return false }
        if instrument.definesRoles { return instrument.role(matching: text) != nil }
        return Dimension(matching: text) == nil
    }
}
