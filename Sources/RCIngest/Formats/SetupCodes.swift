import RCSurvey

/// The codes `rckit setup` gives the questions it writes into a survey tool's set-up file, and
/// by which the readers of those files know a question's dimension even when its wording was
/// changed in the tool: `FREQ` … `RESP` (LimeSurvey question codes, Qualtrics export tags),
/// `freq` … `resp` (REDCap matrix groups and field names), and the role question's.
package enum SetupCodes {
    /// The code of `dimension`'s question, in capitals (`FREQ`); REDCap writes it in lower case.
    package static func code(for dimension: Dimension) -> String {
        switch dimension {
        case .frequentCommunication: "FREQ"
        case .timelyCommunication: "TIME"
        case .accurateCommunication: "ACCU"
        case .problemSolvingCommunication: "PROB"
        case .sharedGoals: "GOAL"
        case .sharedKnowledge: "KNOW"
        case .mutualRespect: "RESP"
        }
    }

    /// The dimension whose question has the code `code`, in any case; nil for any other code.
    package static func dimension(forCode code: String) -> Dimension? {
        let upper = code.trimmingWhitespace().uppercased()
        return Dimension.allCases.first { Self.code(for: $0) == upper }
    }

    /// The code of the role question ("Which group do you belong to?").
    package static let roleQuestion = "ROLE"

    /// The prefix of the text rckit writes into a REDCap field's annotation, before
    /// `dimension=<id>; role=<k>` or `role question`.
    package static let annotationPrefix = "rckit:"

    /// The dimension a REDCap field annotation written by rckit names (`rckit: dimension=shared_goals; role=2`).
    package static func dimension(inAnnotation annotation: String) -> Dimension? {
        guard let start = annotation.range(of: annotationPrefix + " dimension=") else { return nil }
        let id = annotation[start.upperBound...].prefix { $0.isLetter || $0 == "_" }
        return Dimension(rawValue: String(id))
    }
}

extension SetupCodes {
    /// The question text a translated header carries: `text` when it asks one of the instrument's
    /// questions (any focal process), else the id of the dimension the file's own code or note
    /// names (`fallback`), so that a question reworded in the tool still reads; else `text`.
    static func question(_ text: String, fallback: Dimension?, matcher: HeaderMatcher) -> String {
        if matcher.dimension(ofQuestion: text) != nil { return text }
        return fallback?.id ?? text
    }
}
