import Foundation

/// The survey tools `rckit setup` writes a set-up file for, each with its writer.
public enum SetupTool: String, Sendable, CaseIterable {
    case redcap
    case limesurvey
    case qualtrics

    /// How the tool is named in messages.
    public var name: String {
        switch self {
        case .redcap: "REDCap"
        case .limesurvey: "LimeSurvey"
        case .qualtrics: "Qualtrics"
        }
    }

    /// The extension of the tool's set-up file (`csv`, `lss`, `qsf`).
    public var fileExtension: String {
        switch self {
        case .redcap: "csv"
        case .limesurvey: "lss"
        case .qualtrics: "qsf"
        }
    }

    /// The set-up file's text; `created` dates a Qualtrics survey.
    public func render(_ setup: SurveySetup, created: Date = Date()) -> String {
        switch self {
        case .redcap: REDCapDictionaryWriter(setup: setup).render()
        case .limesurvey: LimeSurveyStructureWriter(setup: setup).render()
        case .qualtrics: QualtricsSurveyWriter(setup: setup, created: created).render()
        }
    }
}
