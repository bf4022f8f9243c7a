import RCIngest
import RCSurvey

/// `rckit inspect`: the inspection as text for a terminal, its words in Danish or English (the
/// names of encodings, delimiters and formats as the reader gives them).
public struct InspectionText: Sendable {
    /// What `inspect` found.
    public var inspection: FileInspection
    /// The language of the text's words.
    public var language: Language

    /// The text of `inspection` in `language`.
    public init(_ inspection: FileInspection, language: Language) {
        self.inspection = inspection
        self.language = language
    }

    /// The text, one line per fact, the columns and records after.
    public func render() -> String { inspection.text(InspectionWords(language: language)) }
}

extension FileInspection {
    fileprivate func text(_ words: InspectionWords) -> String {
        func label(_ label: InspectionWords.Label) -> String {
            let text = words.label(label)
            return text + String(repeating: " ", count: max(1, 12 - text.count))
        }
        var out = label(.file) + file + "\n"
        if let dialect {
            out += label(.encoding) + dialect.encoding.name + "\n"
            out += label(.delimiter) + words.delimiter(dialect.delimiter) + "\n"
            out += label(.lines) + words.lineEnding(dialect.lineEnding) + "\n"
        }
        if let sheet { out += label(.sheet) + sheet + "\n" }
        if let surveyXact, surveyXact.format == .redcap {
            out += "REDCap: " + words.redcapDictionary(surveyXact.structureFile ?? "-") + "\n"
        } else if let surveyXact, surveyXact.format == .limesurvey {
            out += "LimeSurvey: " + words.surveyStructure(surveyXact.structureFile ?? "-") + "\n"
        } else if let surveyXact, surveyXact.format == .qualtrics {
            out += "Qualtrics: " + words.surveyFile(surveyXact.structureFile ?? "-") + "\n"
        } else if let surveyXact {
            out +=
                "SurveyXact: "
                + words.surveyXactFiles(
                    structure: surveyXact.structureFile ?? "-", labels: surveyXact.labelsFile ?? "-") + "\n"
        }
        if let shape {
            out +=
                label(.format) + words.detectedFormat(name: words.format(shape.format), headerRows: shape.headerRows)
                + "\n"
            for convention in shape.conventions {
                out += String(repeating: " ", count: 12) + words.convention(convention) + "\n"
            }
            if let grouping = roleColumnGroups, case let .wide(layout) = shape.layout {
                // In the order the groups are read (group 1, the unnumbered headers, is the first
                // question), whatever order their columns come in.
                let read = Set(layout.answerColumns.map(\.dimension))
                let labels = words.language
                let questions = questionOrder.filter(read.contains).enumerated().map { number, dimension in
                    "\(number + 1). \(dimension.label(labels)) (\(dimension.id))"
                }
                out +=
                    String(repeating: " ", count: 12)
                    + words.roleColumnGroups(
                        groups: grouping.groups, roles: grouping.roles, questions: questions.joined(separator: ", "))
                    + "\n"
            }
        } else if let tool {
            out +=
                label(.format)
                + words.toolWithoutAnswers(name: tool.name, headerRows: guess.headerRows, problem: problem ?? "")
                + "\n"
        } else {
            out += label(.format) + words.notRecognised(problem ?? "") + "\n"
        }
        out += label(.dataRows) + String(totalRows) + "\n\n" + words.label(.columns) + "\n"
        let described = Dictionary(mapping.map { ($0.column, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, name) in header.enumerated() {
            var line = "  \(index + 1). \(name)"
            if let entry = described[index + 1] {
                if let target = entry.target, let dimension = entry.dimension {
                    line += "  →  \(target) · \(words.dimension(dimension))"
                } else {
                    line += "  →  \(words.column(entry.role))"
                }
            }
            out += line + "\n"
        }
        if !readings.isEmpty {
            out += "\n" + words.label(.answers) + "\n"
            for reading in readings {
                let entries = reading.entries.map { entry in
                    let shown = entry.read == entry.written ? entry.written : "\(entry.written) (\(entry.read))"
                    let value =
                        switch entry.value {
                        case let .score(score): score.compact
                        case .missing: words.missingAnswer
                        case let .invalid(reason): "⚠ " + words.cannotScore(reason)
                        }
                    return "\(shown) → \(value)"
                }
                out +=
                    "  \(words.dimension(reading.dimension)) (\(reading.scale)): " + entries.joined(separator: " · ")
                    + "\n"
            }
        }
        if !background.isEmpty {
            out += "\n" + words.label(.background) + "\n"
            for variable in background {
                out +=
                    "  \(variable.name): "
                    + variable.values.map { entry in
                        "\(entry.value ?? words.noValue) \(entry.respondents)"
                    }.joined(separator: ", ") + "\n"
            }
        }
        if !rows.isEmpty {
            out += "\n" + words.label(.records) + "\n"
            for record in rows {
                out += "  \(record.line): " + record.fields.map { "[\($0)]" }.joined(separator: " ") + "\n"
            }
        }
        return out
    }

}
