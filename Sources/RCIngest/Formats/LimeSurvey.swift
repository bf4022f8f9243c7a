import Foundation
import RCSurvey

/// LimeSurvey's response export: its own columns (`submitdate`, `lastpage`, `startlanguage`,
/// or `Date submitted`, `Last page`, `Start language` in full-text headings), headers as codes
/// (`Q1[SQ001]`), question text, or "Question code & question text" (`Q1[SQ001]. How often…
/// [Nurse]`), answers as text ("Full answers") or as the survey's answer codes (`A1`… in
/// LimeSurvey 3, `AO01`… in 4–6). The codes are whatever the survey's author typed or
/// LimeSurvey numbered in the order the options were added, so nothing in the file says which
/// option a code is: a file of codes is read with the survey's structure (`--structure FILE.lss`,
/// ``LimeSurveyStructure``, found beside `results-survey<sid>.csv` as `limesurvey_survey_<sid>.lss`),
/// and otherwise stops with a message unless `--value-labels` or a mapping's `values` say what
/// they mean.
///
/// Code & text headings may be abbreviated (``abbreviatedAnswers(_:_:_:)``); a role question
/// with "Other" has a column of its own for the typed text (`FAG[other]`), which is the role of
/// those who chose "Other" (``otherRole(rater:header:instrument:)``).
enum LimeSurvey: ExportFormatReader {
    static let format = ExportFormat.limesurvey

    static let columns: Set = [
        "submitdate", "lastpage", "startlanguage", "date submitted", "last page", "start language"
    ]

    /// LimeSurvey's own columns by their codes, as "Question code & question text" headings start.
    static let ownCodes: Set = [
        "id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl",
        "token", "interviewtime"
    ]

    static func isOwnColumn(_ header: String) -> Bool {
        let key = TextKey(header).value
        return columns.contains(key)
            || [
                "seed", "ipaddr", "ip address", "refurl", "referrer url", "startdate", "date started",
                "datestamp", "date last action", "token", "interviewtime", "total time"
            ].contains(key)
            || headingCode(header).map { ownCodes.contains($0.lowercased()) } == true
            || isOtherText(headingCode(header) ?? header.trimmingWhitespace())
            || isComment(headingCode(header) ?? header.trimmingWhitespace())
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
        let first = head.records[0]
        let header = first.fields
        let sample = Array(head.records.dropFirst())
        let codes = header.map { headingCode($0) ?? $0.trimmingWhitespace() }
        // The typed text of "Other" and comments belong to their question, never the role or an answer.
        let ignoring = Set(
            header.indices.filter { isOwnColumn(header[$0]) || isOtherText(codes[$0]) || isComment(codes[$0]) })
        let abbreviated = try abbreviatedAnswers(header, sample, detector, ignoring: ignoring)
        var layout: WideLayout
        do {
            layout = try detector.wideLayout(
                header: header, alternativeHeader: nil, sample: sample, ignoring: ignoring, headerLine: first.line,
                answers: abbreviated)
        } catch  where error.message.hasPrefix("no answer columns") {
            // An array's column names the export best; `[other]` and `[comment]` are text boxes.
            let codes = header.filter { HeaderPatterns.limeSurveyCodeEnd($0[...], letterFirst: true) != nil }
            guard
                let coded = codes.first(where: { !$0.hasSuffix("[other]") && !$0.hasSuffix("[comment]") })
                    ?? codes.first
            else { throw error }
            throw detector.error(
                line: first.line,
                "a LimeSurvey export with question codes as headings ('\(coded)'): it is read with the survey's "
                    + "structure, \(setupFile ?? "--structure FILE.lss"); or export it with 'Full question text' "
                    + "headings and 'Full answers'")
        }
        if layout.respondentColumn == nil {
            layout.respondentColumn = codes.firstIndex { $0.lowercased() == "id" || TextKey($0).value == "response id" }
        }
        layout.otherRole = otherRole(rater: layout.raterColumn, header: header, instrument: detector.instrument)
        var shape = DetectedShape(format: format, headerRows: 1, layout: .wide(layout), header: header)
        if !abbreviated.isEmpty { shape.conventions.append(.limeSurveyAbbreviated) }
        if let other = layout.otherRole {
            shape.conventions.append(.otherRole(column: header[other.column], label: other.label))
        }
        return shape
    }

    /// The code a "Question code & question text" heading starts with (`FAG[other]. Hvilken…` →
    /// `FAG[other]`, `id. Response ID` → `id`): a word, perhaps a bracketed subquestion code,
    /// then `. `; nil for other headings.
    static func headingCode(_ header: String) -> String? {
        let text = header.trimmingWhitespace()
        guard let stop = text.range(of: ". ") else { return nil }
        let code = text[..<stop.lowerBound]
        guard let first = code.first, first.isASCII, first.isLetter else { return nil }
        let word = code.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        let rest = code.dropFirst(word.count)
        guard rest.isEmpty || HeaderPatterns.limeSurveyCodeEnd(code, letterFirst: true) == code.endIndex else {
            return nil
        }
        return String(code)
    }

    /// `FAG[other]`: the text typed for "Other" (part of its question, never a background variable).
    static func isOtherText(_ code: String) -> Bool {
        code.lowercased().hasSuffix("[other]") && HeaderPatterns.limeSurveyCodeEnd(code[...]) == code.endIndex
    }

    /// `FAG[comment]`, `FAG[othercomment]`: a comment to a question.
    static func isComment(_ code: String) -> Bool {
        code.lowercased().hasSuffix("comment]") && HeaderPatterns.limeSurveyCodeEnd(code[...]) == code.endIndex
    }

    /// The "Other" of the role question in column `rater`: its text column (`FAG[other]` beside
    /// `FAG`), what the role column holds where it was chosen (`-oth-` with answer codes, the
    /// option's label "Other" — `Andet` in a Danish survey — with full answers), and the role of
    /// those who typed nothing: that label, from the text column's heading (`… [Andet]`) or the
    /// instrument's language. nil when the role question has no "Other".
    static func otherRole(rater: Int, header: [String], instrument: Instrument) -> OtherRole? {
        guard rater < header.count else { return nil }
        let code = (headingCode(header[rater]) ?? header[rater].trimmingWhitespace()).lowercased()
        guard
            let column = header.indices.first(where: {
                (headingCode(header[$0]) ?? header[$0].trimmingWhitespace()).lowercased() == code + "[other]"
            })
        else { return nil }
        var label = instrument.defaultLanguage == .da ? "Andet" : "Other"
        let heading = header[column].trimmingWhitespace()
        if heading.hasSuffix("]"), let open = heading.range(of: " [", options: .backwards) {
            let named = String(heading[open.upperBound..<heading.index(before: heading.endIndex)]).trimmingWhitespace()
            if !named.isEmpty, !named.hasSuffix("..") { label = named }
        }
        let choices = Set(["-oth-", "Other", "Andet", label].map(TextKey.init))
        return OtherRole(column: column, choices: choices, label: label)
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
