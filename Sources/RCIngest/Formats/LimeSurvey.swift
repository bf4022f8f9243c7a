import Foundation
import RCSurvey

/// LimeSurvey's response export: its own columns (`submitdate`, `lastpage`, `startlanguage`,
/// or `Date submitted`, `Last page`, `Start language` in full-text headings), headers as codes
/// (`Q1[SQ001]`) or question text, answers as text ("Full answers") or as the survey's answer codes
/// (`A1`… in LimeSurvey 3, `AO01`… in 4–6). The codes are whatever the survey's author typed or
/// LimeSurvey numbered in the order the options were added, so nothing in the file says which
/// option a code is: a file of codes is read with the survey's structure (`--structure FILE.lss`,
/// ``LimeSurveyStructure``, found beside `results-survey<sid>.csv` as `limesurvey_survey_<sid>.lss`),
/// and otherwise stops with a message unless `--value-labels` or a mapping's `values` say what
/// they mean.
enum LimeSurvey: ExportFormatReader {
    static let format = ExportFormat.limesurvey

    static let columns: Set = [
        "submitdate", "lastpage", "startlanguage", "date submitted", "last page", "start language"
    ]

    static func isOwnColumn(_ header: String) -> Bool {
        let key = TextKey(header).value
        return columns.contains(key)
            || [
                "seed", "ipaddr", "ip address", "refurl", "referrer url", "startdate", "date started",
                "datestamp", "date last action", "token", "interviewtime", "total time"
            ].contains(key)
    }

    static func recognises(_ head: ExportHead) -> Bool {
        guard let header = head.records.first?.fields else { return false }
        return head.keys.contains(where: columns.contains)
            || header.contains { HeaderPatterns.limeSurveyCodeEnd($0[...], letterFirst: true) != nil }
    }

    static let setupFile: String? =
        "--structure limesurvey_survey_ID.lss (the survey structure 'rckit setup' wrote, or LimeSurvey's "
        + "Display/Export → Survey structure (.lss))"

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        do {
            return try detector.oneHeaderRow(head, format: format)
        } catch  where error.message.hasPrefix("no answer columns") {
            let header = head.records[0].fields
            // An array's column names the export best; `[other]` and `[comment]` are text boxes.
            let codes = header.filter { HeaderPatterns.limeSurveyCodeEnd($0[...], letterFirst: true) != nil }
            guard
                let coded = codes.first(where: { !$0.hasSuffix("[other]") && !$0.hasSuffix("[comment]") })
                    ?? codes.first
            else { throw error }
            throw detector.error(
                line: head.records[0].line,
                "a LimeSurvey export with question codes as headings ('\(coded)'): it is read with the survey's "
                    + "structure, \(setupFile ?? "--structure FILE.lss"); or export it with 'Full question text' "
                    + "headings and 'Full answers'")
        }
    }
}

extension LimeSurvey {
    /// The survey structure beside a LimeSurvey export (`limesurvey_survey_<sid>.lss` beside
    /// `results-survey<sid>.csv`), with no mapping and no other format asked for.
    static func structure(besides path: String, options: IngestOptions) throws -> SurveyXactDataset? {
        guard options.mapping == nil, options.format == nil || options.format == .limesurvey,
            let found = LimeSurveyStructure.companion(of: path)
        else { return nil }
        return try LimeSurveyStructure.load(found, instrument: options.instrument)
    }
}
