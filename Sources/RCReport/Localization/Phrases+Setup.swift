import RCSurvey

/// The words rckit writes into a survey tool's set-up file: what respondents read (the title,
/// the welcome text, the role question) and the note that says where the file came from.
extension Phrases {
    /// The survey's title: "Relationel koordinering – hoftebrudsforløbet".
    func setupTitle(process: String) -> String { "\(relationalCoordination) – \(process)" }

    var setupRoleQuestion: String {
        pick("Hvilken faggruppe tilhører du?", "Which of these groups do you belong to?")
    }

    func setupWelcome(process: String) -> String {
        pick(
            "Spørgsmålene handler om samarbejdet om \(process). Svar for hver faggruppe, også din egen.",
            "The questions are about how the groups work together on \(process). "
                + "Answer for each group, your own included.")
    }

    var setupGroupName: String { pick("Samarbejde", "Working together") }

    /// The note a set-up file carries about where it came from.
    func setupProvenance(generator: String, instrument: String, title: String, process: String) -> String {
        pick(
            "Oprettet med \(generator) ud fra instrumentet \(instrument) (\(title)); fokusproces: \(process).",
            "Created by \(generator) from the instrument \(instrument) (\(title)); focal work process: \(process).")
    }
}
