import RCIngest
import RCSurvey

/// The words of `inspect`'s text, in Danish and English.
struct InspectionWords {
    var language: Language

    /// The labels of the lines and headings.
    enum Label {
        case file, encoding, delimiter, lines, sheet, format, dataRows, columns, records, answers, background
    }

    private func pick(_ da: String, _ en: String) -> String { language == .da ? da : en }

    func label(_ label: Label) -> String {
        switch label {
        case .file: pick("Fil:", "File:")
        case .encoding: pick("Tegnsæt:", "Encoding:")
        case .sheet: pick("Ark:", "Sheet:")
        case .delimiter: pick("Skilletegn:", "Delimiter:")
        case .lines: pick("Linjeskift:", "Lines:")
        case .format: pick("Format:", "Format:")
        case .dataRows: pick("Datarækker:", "Data rows:")
        case .columns: pick("Kolonner:", "Columns:")
        case .records: pick("Poster (linje: felter):", "Records (line: fields):")
        case .answers: pick("Svar (pr. spørgsmål: svar → score):", "Answers (per question: answer → score):")
        case .background:
            pick("Baggrundsvariabler (værdi: respondenter):", "Background variables (value: respondents):")
        }
    }

    func surveyXactFiles(structure: String, labels: String) -> String {
        pick("struktur \(structure), etiketter \(labels)", "structure \(structure), labels \(labels)")
    }

    func redcapDictionary(_ file: String) -> String { pick("datadictionary \(file)", "data dictionary \(file)") }

    func surveyStructure(_ file: String) -> String {
        pick("undersøgelsens struktur \(file)", "survey structure \(file)")
    }

    func surveyFile(_ file: String) -> String { pick("undersøgelsesfil \(file)", "survey file \(file)") }

    func detectedFormat(name: String, headerRows: Int) -> String {
        pick(
            "\(name) (\(headerRows) \(headerRows == 1 ? "overskriftsrække" : "overskriftsrækker"))",
            "\(name) (\(headerRows) header row\(headerRows == 1 ? "" : "s"))")
    }

    func notRecognised(_ problem: String) -> String { pick("ikke genkendt: \(problem)", "not recognised: \(problem)") }

    func toolWithoutAnswers(name: String, headerRows: Int, problem: String) -> String {
        pick(
            "en \(name)-eksport (\(headerRows) overskriftsrække\(headerRows == 1 ? "" : "r")), men den kan ikke læses som RK-svar: \(problem)",
            "a \(name) export (\(headerRows) header row\(headerRows == 1 ? "" : "s")), but it cannot be read as RC answers: \(problem)"
        )
    }

    func roleColumnGroups(groups: Int, roles: Int, questions: String) -> String {
        pick(
            "\(groups) grupper af \(roles) faggruppekolonner, læst som instrumentets spørgsmål i rækkefølge: \(questions)",
            "\(groups) groups of \(roles) role columns, read as the instrument's questions in order: \(questions)")
    }

    /// How a convention of the export was read, in a line.
    func convention(_ convention: ExportConvention) -> String {
        func list(_ items: [String]) -> String {
            items.prefix(6).joined(separator: ", ") + (items.count > 6 ? ", …" : "")
        }
        switch convention {
        case let .redcapEvents(events):
            return pick(
                "REDCap longitudinelt: \(events.count) \(events.count == 1 ? "event" : "events") som runder (\(list(events))); "
                    + "samme record-id er samme person i alle runder, faggruppe og baggrund fra recordens andre rækker",
                "REDCap longitudinal: \(events.count) event\(events.count == 1 ? "" : "s") as rounds (\(list(events))); "
                    + "the same record id is the same person in every round, role and background from the record's other rows"
            )
        case let .redcapInstances(instances):
            return pick(
                "REDCap gentaget instrument: \(instances.count) \(instances.count == 1 ? "instans" : "instanser") som runder "
                    + "(\(list(instances))); faggruppe og baggrund fra recordens ikke-gentagne række",
                "REDCap repeating instrument: \(instances.count) instance\(instances.count == 1 ? "" : "s") as rounds "
                    + "(\(list(instances))); role and background from the record's non-repeating row")
        case let .redcapCheckboxes(fields):
            return pick(
                "REDCap afkrydsningsfelter (\(list(fields))): spørgsmål med flere svar, ikke baggrundsvariabler",
                "REDCap checkbox fields (\(list(fields))): multi-choice questions, not background variables")
        case let .redcapDataAccessGroup(column):
            return pick(
                "REDCap Data Access Group ('\(column)'): en baggrundsvariabel",
                "REDCap Data Access Group ('\(column)'): a background variable")
        case .qualtricsLegacy:
            return pick(
                "Qualtrics' gamle eksport: V1–V10, to overskriftsrækker, matrixkolonner som Spørgsmål-Udsagn",
                "Qualtrics legacy export: V1–V10, two header rows, matrix columns as Question-Statement")
        case let .qualtricsLoops(roles, file):
            let source = file.map { pick("fra \($0)", "from \($0)") } ?? pick("fra teksterne", "from the texts")
            return pick(
                "Qualtrics Loop & Merge: \(roles.count) løkker, hver en faggruppe (\(source)): \(list(roles))",
                "Qualtrics Loop & Merge: \(roles.count) loops, each a role (\(source)): \(list(roles))")
        case .limeSurveyAbbreviated:
            return pick(
                "LimeSurvey forkortede overskrifter: kolonner læst efter kode og instrumentets rækkefølge, faggrupper fuldendt",
                "LimeSurvey abbreviated headings: columns read by code and the instrument's order, role names completed"
            )
        case let .otherRole(column, label):
            return pick(
                "faggruppespørgsmål med \"\(label)\": den skrevne tekst i '\(column)' er faggruppen; uden tekst er faggruppen \"\(label)\"",
                "role question with \"\(label)\" (Other): the text typed in '\(column)' is the role; with none, the role is \"\(label)\""
            )
        }
    }

    var missingAnswer: String { pick("mangler", "missing") }

    func cannotScore(_ reason: String) -> String { pick("kan ikke scores (\(reason))", "cannot score (\(reason))") }

    var noValue: String { pick("(uden værdi)", "(no value)") }

    /// The delimiter's name: in Danish in words, in English as the reader names it.
    func delimiter(_ delimiter: CSVDelimiter) -> String {
        let words: [CSVDelimiter: String] = [
            .comma: "komma", .semicolon: "semikolon", .tab: "tabulator", .pipe: "lodret streg"
        ]
        return danish(words, delimiter, or: delimiter.name)
    }

    /// The line ending's name (mixed and none in words).
    func lineEnding(_ ending: LineEnding) -> String {
        danish([.mixed: "blandede", .none: "ingen"], ending, or: ending.name)
    }

    /// The export format's name: tools by their names, rckit's own shapes in words.
    func format(_ format: ExportFormat) -> String {
        let words: [ExportFormat: String] = [
            .long: "tidy long, én række pr. svar", .wide: "generelt bredt skema, én række pr. respondent",
            .mapping: "bredt skema efter kolonnekort"
        ]
        return danish(words, format, or: format.name)
    }

    /// The Danish word for `key` in Danish; `name` in English and for a key without a word.
    private func danish<Key: Hashable>(_ words: [Key: String], _ key: Key, or name: String) -> String {
        language == .da ? words[key] ?? name : name
    }

    /// What a column holds (`respondent`, `rater_role`, …), in words in Danish.
    func column(_ role: String) -> String {
        let words = [
            "round": "runde", "rater_role": "bedømmers faggruppe", "target_role": "bedømt faggruppe",
            "value": "svar", "answer": "svar"
        ]
        return danish(words, role, or: role)
    }

    /// A dimension: its Danish label in Danish, its id in English (as the JSON and files name it).
    func dimension(_ dimension: Dimension) -> String {
        language == .da ? dimension.label(.da) : dimension.id
    }
}
