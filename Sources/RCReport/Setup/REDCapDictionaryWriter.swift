import RCIngest
import RCSurvey

/// A survey set-up as a REDCap data dictionary (Project Setup → Data Dictionary → Upload): the
/// 18 columns in REDCap's order, one row per field, one form.
///
/// - the record id first (`record_id`, text), its annotation saying that rckit made the file
///   and from which instrument (annotations are never shown to respondents);
/// - the role question (`faggruppe` / `role`, radio, required), choices `1, <role 1> | …`;
/// - per question a matrix: one radio field per role (`freq_1` … `freq_n`, the role as its label),
///   consecutive, with the same choices (`1, Aldrig | … | 5, Hele tiden | 9, Ved ikke`) and the same
///   matrix group name (`freq`), the question as the first field's section header; each field's
///   annotation names its dimension and role (`rckit: dimension=frequent_communication; role=1`).
///
/// A raw export ("CSV / Microsoft Excel (raw data)") then holds the scores themselves; rckit
/// reads it with this file (`--dictionary`). Written as UTF-8 without a byte order mark, fields
/// quoted as REDCap quotes them (when they hold a space, comma or quote).
public struct REDCapDictionaryWriter: Sendable {
    /// The questionnaire to write.
    public var setup: SurveySetup

    /// A writer of `setup`.
    public init(setup: SurveySetup) {
        self.setup = setup
    }

    /// REDCap's columns, in its order.
    static let columns = [
        "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
        "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
        "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
        "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name",
        "Matrix Ranking?", "Field Annotation"
    ]

    /// The form all fields are on.
    var form: String { setup.language == .da ? "rc_samarbejde" : "rc_coordination" }

    /// The role question's field.
    var roleField: String { setup.language == .da ? "faggruppe" : "role" }

    /// The field of question `code` about role number `index` (0-based): `freq_1`.
    static func field(_ code: String, role index: Int) -> String { "\(code.lowercased())_\(index + 1)" }

    /// The file's text.
    public func render() -> String {
        var rows: [[String]] = [Self.columns]
        func row(
            _ name: String, section: String = "", type: String, label: String, choices: String = "",
            required: Bool = false, matrix: String = "", annotation: String = ""
        ) {
            rows.append([
                name, form, section, type, label, choices, "", "", "", "", "", "", required ? "y" : "", "", "", matrix,
                "",
                annotation
            ])
        }
        row("record_id", type: "text", label: "Record ID", annotation: setup.provenance)
        let roleChoices = setup.roles.indices.map { "\(setup.roleCode($0)), \(SurveySetup.html(setup.roles[$0]))" }
        row(
            roleField, type: "radio", label: SurveySetup.html(setup.roleQuestion),
            choices: roleChoices.joined(separator: " | "), required: true,
            annotation: "\(SetupCodes.annotationPrefix) role question")
        for question in setup.questions {
            let choices = question.options.map { "\($0.code), \(SurveySetup.html($0.label))" }.joined(separator: " | ")
            for (index, role) in setup.roles.enumerated() {
                row(
                    Self.field(question.code, role: index), section: index == 0 ? SurveySetup.html(question.text) : "",
                    type: "radio", label: SurveySetup.html(role), choices: choices, matrix: question.code.lowercased(),
                    annotation:
                        "\(SetupCodes.annotationPrefix) dimension=\(question.dimension.id); role=\(setup.roleCode(index))"
                )
            }
        }
        return rows.map { $0.map(Self.quoted).joined(separator: ",") + "\n" }.joined()
    }

    /// A field as REDCap writes it: in quotes when it holds a space, comma, quote or line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == " " || $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
