import RCReport
import RCSurvey

extension CLIText {
    /// The English texts.
    var english: String {
        switch self {
        case let .toolSummary(version): "rckit \(version) — relational coordination (RC) survey toolkit"

        case let .group(group):
            switch group {
            case .input: "INPUT"
            case .analysis: "ANALYSIS"
            case .output: "OUTPUT"
            }

        case let .placeholder(placeholder):
            switch placeholder {
            case .file: "FILE"
            case .round: "LABEL"
            case .format: "FORMAT"
            case .language: "LANG"
            case .name: "NAME"
            case .text: "TEXT"
            case .before: "BEFORE"
            case .after: "AFTER"
            case .nameOrFile: "NAME|FILE"
            case .nameIsValue: "NAME=VALUE"
            case .keyFile: "KEYFILE"
            case .names: "A,B,…"
            case .tool: "TOOL"
            case .roles: "A,B,…"
            }

        case let .summary(command):
            switch command {
            case .instrument: "Print the questionnaire: the seven questions and their response options."
            case .inspect:
                "Show how a file is read: encoding, delimiter, export format, header, records and column mapping."
            case .import: "Convert survey exports to tidy long CSV; every record is accepted or rejected with a reason."
            case .analyze: "Compute the role-by-role network of tie scores, with privacy suppression."
            case .compare: "Compare survey rounds: Welch and paired t-tests, Hedges' g and BH q-values per measure."
            case .report:
                "Write the whole report as one self-contained HTML file (heat maps, network map, profiles, changes)."
            case .setup:
                "Write the questionnaire as a survey tool's import file (REDCap, LimeSurvey or Qualtrics)."
            }

        case let .discussion(command, builtIns):
            switch command {
            case .instrument:
                """
                NAME is a built-in instrument (\(builtIns.joined(separator: ", "))); FILE is an instrument file
                (.json, see instruments/). Without either, the standard instrument in the chosen language.
                """
            case .inspect:
                "--write-mapping writes a column mapping file to edit for exports whose headers are codes."
            case .import:
                """
                Reads exports from SurveyXact, REDCap, Qualtrics, LimeSurvey, SurveyMonkey, Google/Microsoft Forms
                and spreadsheets (any encoding and delimiter) and writes one answer per row:
                  respondent,round,rater_role,target_role,dimension,value
                A SurveyXact dataset export (variable names and codes) is read with its structure and labels
                files, found beside it (dataset.csv → structure.csv, labels.csv) or named with --structure/--labels.
                Missing answers ("Ved ikke", blanks) are written with an empty value. Rejected records go to
                --rejects with their file, line, column and reason. Files are written whole or not at all.
                --format is another name for --input-format here.
                """
            case .analyze:
                """
                FILE is a tidy long CSV or any export 'rckit import' reads; several files are one dataset.
                Figures resting on fewer than --min-group respondents are suppressed in every format.
                """
            case .compare:
                """
                BEFORE and AFTER are files of one round each (more files: more rounds), or give one file whose
                'round' column holds the rounds and pick them with --round, in order. Files without round labels
                are named after the file. With three or more rounds, each is compared with the one before (a trend).
                """
            case .report:
                """
                One round gives the single-round report; two or more rounds (files, or --round labels in a file
                with a 'round' column) add the comparison of each round with the one before. The first page tells
                the story (what clearly improved or declined, the strongest and weakest ties). The file fetches
                nothing: it opens offline in any browser, its small inline script only adds interaction, and it
                prints on A4. --handout writes the short version for a workshop.
                """
            case .setup:
                """
                Writes the instrument's questions about the focal process, asked about each role, as the tool's
                own import file: a REDCap data dictionary (.csv), a LimeSurvey survey structure (.lss) or a
                Qualtrics survey (.qsf). Each answer's code is its score ("don't know": 9) and role k has code k,
                so the tool's code export reads back with the same file: --dictionary FILE (REDCap) or
                --structure FILE (LimeSurvey, Qualtrics). docs/SETUP.md says what to click in each tool.
                """
            }

        case let .help(option):
            switch option {
            case .instrument: "Instrument: a built-in name (rc7-da, rc7-en) or a .json file (default: rc7-da)."
            case .inputFormat: "Export format of the input files (default: auto, detected from each file)."
            case .mapping:
                "Column mapping file, for exports no format recognises (write one with 'rckit inspect FILE --write-mapping FILE')."
            case .structure:
                "Set-up file of a code export: a LimeSurvey survey structure (.lss), a Qualtrics survey (.qsf) or a "
                    + "SurveyXact structure file (default: found beside the export)."
            case .labels:
                "SurveyXact labels file (variable, value code → label) of a dataset export (default: found beside it)."
            case .valueLabels:
                "What the codes in the files mean: CSV rows of column,code,label (e.g. '*,6,Don't know', 'Q1,2,Nurse'); "
                    + "the column is a header, a dimension id, a scale id or * for every answer column."
            case .dictionary:
                "REDCap data dictionary of a raw export, rckit setup's or REDCap's (default: Project_DataDictionary_….csv "
                    + "found beside it)."
            case .sheet: "The worksheet to read in a workbook (default: the first)."
            case .member: "The file to read in a ZIP archive (default: its only CSV file)."
            case .round: "The round to use, by its label; where several rounds are used, give it for each, in order."
            case .importRound: "Give every record read the round LABEL (e.g. før)."
            case .minGroup: "Suppress figures resting on fewer than K respondents (default: 3)."
            case .minChange:
                "The smallest change that matters, on the scale: a reliable change smaller than D is counted as small but reliable, never listed (default: the instrument's meaningful_change, else 5% of its scale's range, 0.2 on 1–5)."
            case .pairedIDs:
                "Pair respondents by id even where the ids look like row numbers (1…N in both rounds, as Microsoft Forms numbers its responses): they are stable ids."
            case .minItems:
                "Items a respondent must answer about a role for a tie score (default: the instrument's, 4)."
            case let .format(fallback): "Output format (default: \(fallback))."
            case .resultFormat:
                "Output format (default: the one --out's extension names, e.g. cells.xlsx, else table; a --format that disagrees with it is refused)."
            case .excel: "CSV for Danish Excel: semicolons and decimal commas (implies --format csv)."
            case .language:
                "Language of the output, the help and the messages (output default: da; help and messages: LANG)."
            case .out: "Write the result to FILE (it appears whole or not at all)."
            case .rejects: "Write rejected records, with file, line, column and reason, to FILE."
            case .rows: "How many records to show, or 'all' (default: 10)."
            case .writeMapping: "Write the detected (or a skeleton) column mapping to FILE."
            case .process: "The focal work process to fill into the questions (e.g. \"hip fracture care\")."
            case .by:
                "Show every segment of the background variable NAME (a tidy column after value, or an export's column such as Afdeling) beside the whole organisation."
            case .invited: "Show response rates per role: a CSV file of role,invited."
            case .only:
                "Analyse only the respondents whose background variable NAME has VALUE (e.g. Afdeling=Akutmodtagelsen): exactly that segment of --by NAME, with the same suppression."
            case .pseudonymise:
                "Write pseudonyms instead of respondent ids: HMAC-SHA-256 keyed by the bytes of KEYFILE (keep it secret; use the same file in every round, so that respondents still pair)."
            case .reportTitle: "The report's title, e.g. \"Forstuegangen 2025\" (default: the instrument's title)."
            case .reportSubtitle: "A line under the title, e.g. the unit's name."
            case .handout:
                "Write the handout instead: the story, the change map and the latest heat map, at most three A4 pages."
            case .acceptRejects:
                "Analyse the answers that were read even when others were rejected (the outputs say how many were left out and why); without it, any rejected answer stops the command."
            case .roundNames:
                "Name the rounds of the files given, one name per file in order (e.g. før,efter); the names are used in every output instead of the files' names."
            case .tool: "The survey tool to set the survey up in."
            case .roles:
                "The roles (workgroups) to ask about, in order, separated by commas (default: the instrument's roles)."
            }

        case let .outputIsInput(option, path, input):
            path == input
                ? "\(option) \(path) is a file rckit reads; write the output to another file"
                : "\(option) \(path) is the same file as \(input), which rckit reads; write the output to another file"
        case let .outputsCollide(option, other, path):
            "\(option) \(path) is the same file as \(other); give each output a file of its own"
        case let .cannotWriteStandardOutput(reason): "cannot write to standard output (\(reason))"
        case .standardOutput: "standard output"
        case .noSuchFile: "no such file"
        case .isAFolder: "is a folder, not a file"
        case .unreadable: "cannot be read (no permission)"
        case let .mappingNeedsFile(option):
            "\(option) mapping reads the columns through a mapping file: give --mapping FILE as well "
                + "(write one with 'rckit inspect FILE --write-mapping FILE')"
        case let .mappingWithOtherFormat(option, format):
            "--mapping FILE reads the columns through the mapping file, so it goes with \(option) mapping (or auto), "
                + "not with \(option) \(format); leave out one of the two"
        case let .excelNeedsCSV(format): "--excel writes CSV; it cannot be combined with --format \(format)"
        case let .formatDisagreesWithOut(format, path, implied):
            "--format \(format) does not match --out \(path), which is a .\(implied) file's name; give one of the two, or both alike"
        case let .minChangeInvalid(text): "--min-change takes a number above 0 (e.g. 0.2), not '\(text)'"
        case let .minChangeTooLarge(value, low, high):
            "--min-change \(value.compact) is larger than the instrument's whole scale, \(low.compact)–\(high.compact)"
        case let .binaryNeedsOut(format): "--format \(format) writes a file: give --out FILE.\(format)"

        case .byWithWhere: "give --by or --where, not both"
        case let .whereNeedsValue(text): "--where takes NAME=VALUE (e.g. Afdeling=Akut), not '\(text)'"
        case let .noBackground(option, name):
            "\(option) \(name): the data has no background variables (tidy columns after 'value', or an export's columns such as Afdeling)"
        case let .noSuchVariable(option, name, variables):
            "\(option) \(name): no such background variable; the data has: \(variables)"
        case let .noSuchSegment(name, value, values):
            "--where \(name)=\(value): no respondent has that value; the values are: \(values)"
        case .noValue: "(no value)"
        case .segment: "Segment"
        case .giveRoundTwice: "give --round at least twice (the rounds to compare, in order)"
        case let .renderError(error):
            switch error {
            case let .twoRoundsOnly(format, _): "--format \(format) compares two rounds; choose them with --round"
            }
        case .csvComparesTwoRounds: "--format csv compares two rounds; choose them with --round"
        case let .compareNeedsTwoRounds(count, rounds):
            "compare needs two rounds, but the data has \(count) (\(rounds)); give two files, or a file with a 'round' column"
        case let .noSuchRound(label, rounds): "no round '\(label)' in the data; its rounds are: \(rounds)"
        case let .severalRounds(count, rounds):
            "the data has \(count) rounds (\(rounds)); choose one with --round, or compare them with 'rckit compare'"
        case .nothingAccepted: "no answers were accepted, so there is nothing to analyse"
        case let .selection(error): CLIText.selection(error, .en)
        case .unlabelledRound: "(unlabelled)"

        case let .fileWarning(text): text
        case let .rejected(location, reason): "\(location): rejected: \(reason)"
        case let .moreRejected(count): "… and \(count) more rejected records"
        case let .readSummary(counts):
            "read \(counts.records) answer records in \(counts.rows) rows: \(counts.answers) answers, "
                + "\(counts.missing) missing, \(counts.rejected) rejected"
        case let .importSummary(counts, listRejects):
            "read \(counts.records) records in \(counts.rows) rows; accepted \(counts.answers + counts.missing) "
                + "(\(counts.answers) answers, \(counts.missing) missing), rejected \(counts.rejected)"
                + (listRejects ? " (list them with --rejects FILE)" : "")
        case let .wroteReport(path, rounds): "wrote \(path) (\(rounds) round\(rounds == 1 ? "" : "s"))"
        case .directIDs:
            "the output holds the respondents' own ids, which identify them; --pseudonymise KEYFILE writes pseudonyms instead"

        case let .rejectsStop(total):
            "\(total) answer record\(total == 1 ? " was" : "s were") rejected, and an analysis without "
                + "\(total == 1 ? "it" : "them") would not be of the data in the files:"
        case let .rejectionGroup(group):
            "\(group.count) × \(CLIText.rejectionKind(group.kind)(.en)): "
                + group.first.enumerated().map { $0 == 0 ? "\($1.location) (\($1.reason))" : $1.location }
                .joined(separator: ", ") + (group.count > group.first.count ? ", …" : "")
        case let .rejectsWayOn(files):
            "see every one with its line and reason with 'rckit import \(CLIText.shellWords(files)) --rejects rejects.csv', "
                + "or analyse without them with --accept-rejects (the outputs then say how many were left out and why)"
        case let .rejectsLeftOut(summary):
            "left out \(summary.total) rejected answer record\(summary.total == 1 ? "" : "s") (--accept-rejects): "
                + summary.groups.map { "\($0.count) × \(CLIText.rejectionKind($0.kind)(.en))" }.joined(separator: ", ")
        case let .rejectionKind(kind):
            switch kind {
            case .noRespondent: "no respondent id"
            case .noRaterRole: "no role of the respondent's own"
            case .unknownRole: "a role the instrument does not have"
            case .noTargetRole: "no target role"
            case .unknownDimension: "an unknown dimension"
            case .invalidValue: "an answer that is not an option of its question"
            case .repeatedAnswer: "a repeated answer (one respondent, round, role and question twice)"
            case .conflictingRole: "a respondent given a second role in one round"
            case .other: "another reason"
            }
        case let .roundNamesPerFile(given, files):
            "--round-names \(given): give one name for each of the \(files) file\(files == 1 ? "" : "s"), in order, "
                + "separated by commas (e.g. --round-names før,efter)"
        case let .roundNamesDiffer(given): "--round-names \(given): give each round a name of its own"
        case .roundWithRoundNames: "--round gives every record one round, --round-names each file's; give one of them"
        case let .roundNameUnused(name, file):
            "--round-names: no round is named '\(name)': the rows of \(file) have round labels of their own, which are kept (choose among them with --round)"
        case .rolesEmpty:
            "--roles names no role: give them separated by commas (e.g. --roles Sygeplejerske,Læge,Fysioterapeut)"
        case let .setupPlaceholderRoles(instrument, count, first, last):
            "the instrument \(instrument) names no roles, so the file has \(count) numbered roles (\(first) … \(last)): "
                + "rename them in the tool and read its export with the tool's own set-up file, or give --roles "
                + "(e.g. --roles Sygeplejerske,Læge,Fysioterapeut)"
        case let .duplicateRole(role): "--roles names '\(role)' twice; give each role once"
        case let .unusableRole(role):
            "--roles: '\(role)' cannot be a role name (give each role a name, without line breaks or '|')"
        case let .wroteSetup(tool, path, questions, roles):
            "wrote \(path): the questionnaire as \(Self.englishSetupFile(tool)), \(questions) questions about \(roles) roles. "
                + Self.englishNextSteps(tool, path: path)
        case let .setupExtension(tool, path):
            "\(tool.name) takes its set-up file by the name's ending: name \(path) *.\(tool.fileExtension) before importing it"
        }
    }
}

extension CLIText {
    /// What `tool`'s set-up file is called.
    fileprivate static func englishSetupFile(_ tool: SetupTool) -> String {
        switch tool {
        case .redcap: "a REDCap data dictionary"
        case .limesurvey: "a LimeSurvey survey structure"
        case .qualtrics: "a Qualtrics survey file"
        }
    }

    /// What to do with a set-up file: import it, export the answers, read them back.
    fileprivate static func englishNextSteps(_ tool: SetupTool, path: String) -> String {
        let file = shellWord(path)
        return switch tool {
        case .redcap:
            "Upload it in REDCap (Project Setup → Data Dictionary), export the answers as 'CSV / Microsoft Excel "
                + "(raw data)' and read them with: rckit analyze EXPORT.csv --dictionary \(file)"
        case .limesurvey:
            "Import it in LimeSurvey (Create survey → Import), export the responses as CSV with 'Question code' "
                + "headings and 'Answer codes', and read them with: rckit analyze results-survey….csv --structure \(file)"
        case .qualtrics:
            "Import it in Qualtrics (Create a new project → Survey → Import a QSF file), export the data as CSV with "
                + "'Use numeric values', and read it with: rckit analyze EXPORT.csv --structure \(file)"
        }
    }
}
