import Foundation
import RCSurvey

/// LimeSurvey's response export: its own columns (`submitdate`, `lastpage`, `startlanguage`,
/// or `Date submitted`, `Last page`, `Start language` in full-text headings), headers as codes
/// (`Q1[SQ001]`) or question text, answers as codes `A1`…`A5` (the options in printed order) or text.
enum LimeSurvey: ExportFormatReader {
    static let format = ExportFormat.limesurvey

    static let columns: Set = ["submitdate", "lastpage", "startlanguage", "date submitted", "last page", "start language"]

    static func recognises(_ head: ExportHead) -> Bool {
        guard let header = head.records.first?.fields else { return false }
        return head.keys.contains(where: columns.contains)
            || header.contains { $0.range(of: #"^[A-Za-z][A-Za-z0-9_]*\[[A-Za-z0-9_]+\]"#, options: .regularExpression) != nil }
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        try detector.oneHeaderRow(head, format: format)
    }

    /// `A1`…`A5`: the scale's options in printed order (a recoded scale's printed order is not
    /// its score order, so codes are left invalid there).
    static func value(_ trimmed: String, on scale: ResponseScale) -> ScaleValue? {
        guard !scale.isRecoded, trimmed.first == "A" || trimmed.first == "a",
              let position = Int(trimmed.dropFirst()), position >= 1, position <= scale.options.count else { return nil }
        return .score(scale.options[position - 1].score)
    }
}
