/// "Did you mean …": the known word a mistyped one was most likely meant to be.
package enum Suggestion {
    /// The candidate `word` begins (when only one does), else the nearest within a small number
    /// of edits: none for a single letter, one edit up to four letters, else two.
    /// Dashes do not count as letters. Ties go to the candidate listed first; nil when none is near.
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        guard !candidates.contains(word) else { return nil }
        let letters = word.drop { $0 == "-" }.count
        if letters >= 2 {
            let extending = candidates.filter { $0.hasPrefix(word) }
            if extending.count == 1 { return extending[0] }
        }
        let allowed = letters <= 1 ? 0 : letters <= 4 ? 1 : 2
        guard allowed > 0 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = Self.distance(word, candidate)
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
    /// substitutions and transpositions of neighbouring characters each count one.
    package static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
