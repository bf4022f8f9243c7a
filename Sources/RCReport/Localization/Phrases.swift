import RCSurvey

/// The words of rckit's reports and messages, in Danish and English.
public struct Phrases: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ da: String, _ en: String) -> String { language == .da ? da : en }

    public var focalProcess: String { pick("Fokusproces", "Focal work process") }
    public var roles: String { pick("Faggrupper", "Roles") }
    public var score: String { pick("Point", "Score") }
    public var responseOption: String { pick("Svarmulighed", "Response option") }
    public var notScored: String { pick("tæller ikke med", "not scored") }
    public var instrumentIntro: String {
        pick("Stil hvert spørgsmål for hver faggruppe i forløbet, også respondentens egen.",
             "Ask each question about every role in the process, the respondent's own included.")
    }
    public var recodedNote: String {
        pick("Svarmulighederne står i den trykte rækkefølge; pointene følger ikke rækkefølgen.",
             "Options are listed in printed order; their scores do not follow that order.")
    }
}
