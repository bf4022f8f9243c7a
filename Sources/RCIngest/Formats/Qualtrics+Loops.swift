import RCSurvey

/// Loop & Merge over the roles: a block asked once per role, its columns prefixed with the loop
/// number — export tags `1_Q2`, `2_Q2` (a matrix's `1_Q2_1`…), texts `1 - …`. The text row does
/// not name the loop's role (its piped field reads `[Field-1]`, or the wording is "personer i
/// denne faggruppe"): the role of each loop comes from the loop options of the survey file given
/// with `--structure FILE.qsf` (``QualtricsLoop``), or from the texts where the role was piped into them and differs
/// from loop to loop; without either the reading stops, saying what to give. The loop's
/// questions are the instrument's in order (their wording may differ), checked against their
/// options.
extension Qualtrics {
    /// A column of a looped block.
    struct LoopColumn {
        var index: Int
        var loop: String
        /// The export tag without the loop number (`Q2`, `Q2_1`).
        var key: String
        /// The text without the loop number.
        var text: String
    }

    /// The looped columns of the header: tag `N_…`, text `N - …`.
    static func loopColumns(tags: [String], texts: [String]) -> [LoopColumn] {
        tags.indices.compactMap { index in
            let tag = tags[index].trimmingWhitespace()
            guard index < texts.count, let underscore = tag.firstIndex(of: "_"), underscore > tag.startIndex else {
                return nil
            }
            let loop = String(tag[..<underscore])
            let text = texts[index].trimmingWhitespace()
            guard loop.allSatisfy(\.isNumber), text.hasPrefix(loop + " - ") else { return nil }
            return LoopColumn(
                index: index, loop: loop, key: String(tag[tag.index(after: underscore)...]),
                text: String(text.dropFirst(loop.count + 3)).trimmingWhitespace())
        }
    }

    /// The answer columns of a Loop & Merge block over the roles; none without looped columns.
    static func loopAnswers(_ head: ExportHead, _ detector: ShapeDetector, sample: [CSVRecord]) throws(IngestError)
        -> [AnswerColumn]
    {
        let tags = head.records[0].fields, texts = head.records[1].fields
        let columns = loopColumns(tags: tags, texts: texts)
        guard !columns.isEmpty else { return [] }
        let line = head.records[1].line
        var loops: [String] = []
        var keys: [String] = []
        for column in columns {
            if !loops.contains(column.loop) { loops.append(column.loop) }
            if !keys.contains(column.key) { keys.append(column.key) }
        }
        let shown = "\(loops.first ?? "1")_…" + (loops.count > 1 ? " to \(loops.last ?? "")_…" : "")
        let roles = try loopRoles(columns, loops: loops, keys: keys, detector, line: line, shown: shown)
        // A question per key, the order deciding where the wording does not.
        let fitting = keys.map { key -> Set<RCSurvey.Dimension> in
            let text = columns.first { $0.key == key }?.text ?? ""
            let statement = text.range(of: " - ", options: .backwards).map { String(text[$0.upperBound...]) } ?? text
            let exact = detector.questions(fitting: statement, cut: false)
                .union(detector.questions(fitting: text, cut: false))
            return exact.count == 1 ? exact : Set(detector.instrument.items.map(\.dimension))
        }
        guard let dimensions = detector.questionsInOrder(fitting) else {
            throw detector.error(
                line: line,
                "a Qualtrics Loop & Merge block (\(shown)) with \(keys.count) questions in each loop, but the instrument "
                    + "\(detector.instrument.name) has \(detector.instrument.items.count): the loop's questions cannot be "
                    + "read as its questions in order; describe the columns in a mapping file ('rckit inspect FILE "
                    + "--write-mapping map.json' writes one to edit)")
        }
        let dimension = Dictionary(uniqueKeysWithValues: zip(keys, dimensions))
        let answers = columns.compactMap { column -> AnswerColumn? in
            guard let role = roles[column.loop], let dimension = dimension[column.key] else { return nil }
            return AnswerColumn(index: column.index, header: texts[column.index], role: role, dimension: dimension)
        }
        try detector.checkOptions(
            of: answers, in: sample, format: format, what: "by its place in the Loop & Merge block")
        return answers
    }

    /// The role each loop asks about: from the survey file, else from texts that differ only in
    /// the piped role; throws, saying what to give, when neither tells.
    private static func loopRoles(
        _ columns: [LoopColumn], loops: [String], keys: [String], _ detector: ShapeDetector, line: Int, shown: String
    ) throws(IngestError) -> [String: String] {
        if !detector.qualtricsLoops.isEmpty {
            let bases = Set(keys.map { key in key.split(separator: "_").first.map(String.init) ?? key })
            let blocks = detector.qualtricsLoops
            if let loop = blocks.first(where: { !bases.isDisjoint(with: $0.tags) }) ?? blocks.first {
                // The piped field the texts show (`[Field-2]`), else the loops' only field.
                let piped = columns.lazy.compactMap { column -> String? in
                    guard let open = column.text.range(of: "[Field-"),
                        let close = column.text[open.upperBound...].firstIndex(of: "]")
                    else { return nil }
                    return String(column.text[open.upperBound..<close])
                }.first
                var roles: [String: String] = [:]
                for number in loops {
                    let fields = loop.fields[number] ?? [:]
                    let role = piped.flatMap { fields[$0] } ?? (fields.count == 1 ? fields.values.first : nil)
                    guard let role, !role.trimmingWhitespace().isEmpty else {
                        throw detector.error(
                            line: line,
                            "a Qualtrics Loop & Merge block (\(shown)): the survey file \(loop.file) gives loop "
                                + "\(number) \(fields.isEmpty ? "no fields" : "the fields \(fields.keys.sorted().joined(separator: ", "))"), "
                                + "and the texts do not show which one is the role; describe the columns in a mapping file "
                                + "('rckit inspect FILE --write-mapping map.json' writes one to edit)")
                    }
                    roles[number] = role.trimmingWhitespace()
                }
                return roles
            }
        }
        if let piped = pipedRoles(columns, loops: loops, keys: keys) { return piped }
        throw detector.error(
            line: line,
            "a Qualtrics Loop & Merge export: the columns \(shown) ask the same questions about one role per loop "
                + "(\(loops.count) loops), but the export does not say which role each loop is (its texts read "
                + "'\(columns.first?.text.prefix(60) ?? "")'); give the survey file with --structure SURVEY.qsf "
                + "(Qualtrics: Tools → Import/Export → Export Survey), or describe the columns in a mapping file "
                + "('rckit inspect FILE --write-mapping map.json' writes one to edit)")
    }

    /// The roles piped into the texts: where each question's text differs from loop to loop only
    /// in one part, that part is the loop's role — the same for every question of the loop.
    private static func pipedRoles(_ columns: [LoopColumn], loops: [String], keys: [String]) -> [String: String]? {
        guard loops.count >= 2 else { return nil }
        var roles: [String: String] = [:]
        for key in keys {
            let texts = loops.map { loop in columns.first { $0.loop == loop && $0.key == key }?.text ?? "" }
            let first = Array(texts[0])
            var prefix = first.count, suffix = first.count
            for text in texts.dropFirst() {
                let other = Array(text)
                prefix = min(prefix, zip(first, other).prefix { $0 == $1 }.count)
                suffix = min(suffix, zip(first.reversed(), other.reversed()).prefix { $0 == $1 }.count)
            }
            for (loop, text) in zip(loops, texts) {
                let characters = Array(text)
                guard prefix + suffix < characters.count else { return nil }
                // Back to whole words: the role is the differing words.
                var start = prefix, end = characters.count - suffix
                while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
                while end < characters.count, characters[end].isLetter { end += 1 }
                let role = String(characters[start..<end]).trimmingWhitespace()
                guard !role.isEmpty, roles[loop] == nil || roles[loop] == role else { return nil }
                roles[loop] = role
            }
        }
        return Set(roles.values).count == loops.count ? roles : nil
    }
}
