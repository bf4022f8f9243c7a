import RCReport
import RCSurvey

extension CLIText {
    /// The Danish texts.
    var danish: String {
        switch self {
        case let .toolSummary(version): "rckit \(version) — værktøj til målinger af relationel koordinering (RK)"

        case let .group(group):
            switch group {
            case .input: "INDLÆSNING"
            case .analysis: "ANALYSE"
            case .output: "RESULTAT"
            }

        case let .placeholder(placeholder):
            switch placeholder {
            case .file: "FIL"
            case .round: "RUNDE"
            case .format: "FORMAT"
            case .language: "SPROG"
            case .name: "NAVN"
            case .text: "TEKST"
            case .before: "FØR"
            case .after: "EFTER"
            case .nameOrFile: "NAVN|FIL"
            case .nameIsValue: "NAVN=VÆRDI"
            case .keyFile: "NØGLEFIL"
            case .names: "A,B,…"
            case .tool: "VÆRKTØJ"
            case .roles: "A,B,…"
            }

        case let .summary(command):
            switch command {
            case .instrument: "Udskriv spørgeskemaet: de syv spørgsmål og deres svarmuligheder."
            case .inspect:
                "Vis, hvordan en fil læses: tegnsæt, skilletegn, eksportformat, overskrifter, poster og kolonnernes betydning."
            case .import:
                "Omsæt eksportfiler til CSV i lang form (ét svar pr. række); hver post godtages eller afvises med en begrundelse."
            case .analyze: "Beregn netværket af relationsscorer mellem faggrupperne; tal for små grupper skjules."
            case .compare: "Sammenlign målerunder: Welch- og parret t-test, Hedges' g og BH-q-værdier for hvert mål."
            case .report:
                "Skriv hele rapporten som én selvstændig HTML-fil (varmekort, netværkskort, profiler, ændringer)."
            case .setup:
                "Skriv spørgeskemaet som en importfil til et spørgeskemaværktøj (REDCap, LimeSurvey eller Qualtrics)."
            }

        case let .discussion(command, builtIns):
            switch command {
            case .instrument:
                """
                NAVN er et indbygget instrument (\(builtIns.joined(separator: ", "))); FIL er en instrumentfil
                (.json, se mappen instruments/). Uden nogen af dem bruges standardinstrumentet på det valgte sprog.
                """
            case .inspect:
                """
                --write-mapping skriver en tilknytningsfil, som du kan rette til, når eksportens kolonneoverskrifter
                er koder.
                """
            case .import:
                """
                Læser eksporter fra SurveyXact, REDCap, Qualtrics, LimeSurvey, SurveyMonkey, Google/Microsoft
                Forms og regneark (alle tegnsæt og skilletegn) og skriver ét svar pr. række:
                  respondent,round,rater_role,target_role,dimension,value
                En datasæteksport fra SurveyXact (variabelnavne og koder) læses sammen med struktur- og etiketfilen,
                der enten ligger ved siden af (dataset.csv → structure.csv, labels.csv) eller angives med
                --structure/--labels. Manglende svar ("Ved ikke", tomme felter) skrives med en tom værdi. Afviste
                poster skrives til --rejects med fil, linje, kolonne og begrundelse. Filer skrives helt eller slet
                ikke. Her er --format et andet navn for --input-format.
                """
            case .analyze:
                """
                FIL er en CSV-fil i lang form eller en hvilken som helst eksport, som 'rckit import' kan læse;
                flere filer læses som ét datasæt. Tal, der bygger på færre end --min-group respondenter, skjules
                i alle formater.
                """
            case .compare:
                """
                FØR og EFTER er filer med én runde hver (flere filer giver flere runder), eller angiv én fil, hvor
                kolonnen 'round' angiver runden, og vælg runderne med --round i den rækkefølge, de skal
                sammenlignes. Filer uden rundebetegnelse får filens navn. Med tre eller flere runder
                sammenlignes hver runde med den foregående (en udvikling).
                """
            case .report:
                """
                Én runde giver rapporten for én måling; to eller flere runder (filer, eller --round i en fil med
                kolonnen 'round') tilføjer en sammenligning af hver runde med den foregående. Første side
                fortæller det vigtigste (hvad der tydeligt er blevet bedre eller dårligere, de stærkeste og
                svageste relationer). Filen henter intet fra nettet: den kan åbnes i enhver browser uden
                netværk, dens lille indbyggede script tilføjer kun interaktion, og den udskrives på A4.
                --handout skriver den korte udgave til workshoppen.
                """
            case .setup:
                """
                Skriver instrumentets spørgsmål om forløbet, stillet om hver faggruppe, som værktøjets egen
                importfil: en REDCap-datadictionary (.csv), en LimeSurvey-strukturfil (.lss) eller en
                Qualtrics-undersøgelse (.qsf). Hvert svars kode er dets point ("Ved ikke": 9), og faggruppe
                nr. k har koden k, så værktøjets eksport af koder kan læses med den samme fil: --dictionary FIL
                (REDCap) eller --structure FIL (LimeSurvey, Qualtrics). docs/SETUP.md viser, hvad du skal
                klikke på i hvert værktøj.
                """
            }

        case let .help(option):
            switch option {
            case .instrument: "Instrument: et indbygget navn (rc7-da, rc7-en) eller en .json-fil (standard: rc7-da)."
            case .inputFormat: "Inddatafilernes eksportformat (standard: auto, som genkendes i hver fil)."
            case .mapping:
                "Tilknytningsfil, der fortæller, hvad hver kolonne indeholder, til eksporter, som intet format genkender "
                    + "(lav en med 'rckit inspect FIL --write-mapping FIL')."
            case .structure:
                "Opsætningsfil til en eksport af koder: en LimeSurvey-strukturfil (.lss), en Qualtrics-undersøgelse (.qsf) "
                    + "eller en SurveyXact-strukturfil (standard: findes ved siden af eksporten)."
            case .labels:
                "SurveyXact-etiketfil (variabel, svarkode → svartekst) til en datasæteksport (standard: findes ved siden af)."
            case .valueLabels:
                "Hvad koderne i filerne betyder: CSV-rækker med kolonne,kode,tekst (fx '*,6,Ved ikke', 'Q1,2,Læge'); "
                    + "kolonnen er en overskrift, en dimensions-id, en skala-id eller * for alle svarkolonner."
            case .dictionary:
                "REDCap-datadictionary til en rå eksport, fra rckit setup eller REDCap (standard: "
                    + "Projekt_DataDictionary_….csv, der ligger ved siden af)."
            case .sheet: "Det ark i projektmappen, der skal læses (standard: det første)."
            case .member: "Den fil i ZIP-arkivet, der skal læses (standard: arkivets eneste CSV-fil)."
            case .round:
                "Den runde, der skal bruges, angivet ved sin betegnelse; bruges flere runder, angives hver for sig i rækkefølge."
            case .importRound: "Giv alle indlæste poster rundebetegnelsen RUNDE (fx før)."
            case .minGroup: "Skjul tal, der bygger på færre end K respondenter (standard: 3)."
            case .minChange:
                "Den mindste ændring, der betyder noget, på skalaen: en pålidelig ændring under D tælles som lille, men reel, og listes ikke (standard: instrumentets meaningful_change, ellers 5 % af skalaens spænd, 0,2 på 1–5)."
            case .pairedIDs:
                "Par respondenter efter id, også hvor id'erne ligner rækkenumre (1…N i begge runder, som Microsoft Forms nummererer svarene): de er faste id'er."
            case .minItems:
                "Antal spørgsmål, en respondent mindst skal besvare om en faggruppe for at give en relationsscore (standard: instrumentets, 4)."
            case let .format(fallback): "Format for resultatet (standard: \(fallback))."
            case .resultFormat:
                "Format for resultatet (standard: det, som --outs filendelse angiver, fx celler.xlsx, ellers table; et --format, der ikke passer til den, afvises)."
            case .excel: "CSV til dansk Excel: semikolon og decimalkomma (medfører --format csv)."
            case .language:
                "Sprog for resultatet, hjælpen og meddelelserne (resultatet er som standard på dansk; hjælp og meddelelser følger LANG)."
            case .out: "Skriv resultatet til FIL (filen skrives helt eller slet ikke)."
            case .rejects: "Skriv afviste poster til FIL med fil, linje, kolonne og begrundelse."
            case .rows: "Hvor mange poster der skal vises, eller 'all' for alle (standard: 10)."
            case .writeMapping: "Skriv den fundne kolonnetilknytning (eller en skabelon) til FIL."
            case .process: "Det forløb, undersøgelsen handler om, indsat i spørgsmålene (fx \"hoftebrudsforløbet\")."
            case .by:
                "Vis hvert segment af baggrundsvariablen NAVN (en kolonne efter value i tidy-format eller en eksports kolonne som Afdeling) ved siden af hele organisationen."
            case .invited: "Vis svarprocent pr. faggruppe: en CSV-fil med faggruppe,inviterede."
            case .only:
                "Analysér kun de respondenter, hvis baggrundsvariabel NAVN har VÆRDI (fx Afdeling=Akutmodtagelsen): netop det segment af --by NAVN, med samme skjulte tal."
            case .pseudonymise:
                "Skriv pseudonymer i stedet for respondent-id'er: HMAC-SHA-256 med NØGLEFILens indhold som nøgle (hold den hemmelig, og brug den samme fil i alle runder, så respondenterne stadig kan parres)."
            case .reportTitle: "Rapportens titel, fx \"Forstuegangen 2025\" (standard: instrumentets titel)."
            case .reportSubtitle: "En linje under titlen, fx enhedens navn."
            case .handout:
                "Skriv uddraget til workshoppen i stedet: det vigtigste, ændringskortet og det seneste varmekort, højst tre A4-sider."
            case .acceptRejects:
                "Analysér de indlæste svar, også når andre blev afvist (resultatet siger, hvor mange der blev udeladt og hvorfor); uden den standser ethvert afvist svar kommandoen."
            case .roundNames:
                "Navngiv runderne i de angivne filer, ét navn pr. fil i rækkefølge (fx før,efter); navnene bruges i alle resultater i stedet for filernes navne."
            case .tool: "Det spørgeskemaværktøj, undersøgelsen skal sættes op i."
            case .roles:
                "De faggrupper, der spørges om, i rækkefølge og adskilt af kommaer (standard: instrumentets faggrupper)."
            }

        case let .outputIsInput(option, path, input):
            path == input
                ? "\(option) \(path) er en fil, rckit læser; skriv resultatet til en anden fil"
                : "\(option) \(path) er den samme fil som \(input), som rckit læser; skriv resultatet til en anden fil"
        case let .outputsCollide(option, other, path):
            "\(option) \(path) er den samme fil som \(other); giv hvert resultat sin egen fil"
        case let .cannotWriteStandardOutput(reason): "kan ikke skrive til standard output (\(reason))"
        case .standardOutput: "standard output"
        case .noSuchFile: "filen findes ikke"
        case .isAFolder: "er en mappe, ikke en fil"
        case .unreadable: "filen kan ikke læses (ingen adgang)"
        case let .mappingNeedsFile(option):
            "\(option) mapping læser kolonnerne via en tilknytningsfil: angiv også --mapping FIL "
                + "(lav en med 'rckit inspect FIL --write-mapping FIL')"
        case let .mappingWithOtherFormat(option, format):
            "--mapping FIL læser kolonnerne via tilknytningsfilen og hører derfor sammen med \(option) mapping (eller auto), "
                + "ikke med \(option) \(format); udelad det ene af dem"
        case let .excelNeedsCSV(format): "--excel skriver CSV og kan ikke kombineres med --format \(format)"
        case let .formatDisagreesWithOut(format, path, implied):
            "--format \(format) passer ikke til --out \(path), som er navnet på en .\(implied)-fil; angiv den ene af dem, eller begge ens"
        case let .minChangeInvalid(text): "--min-change skal være et tal over 0 (fx 0,2), ikke '\(text)'"
        case let .minChangeTooLarge(value, low, high):
            "--min-change \(value.compact.replacingOccurrences(of: ".", with: ",")) er større end instrumentets hele skala, \(low.compact.replacingOccurrences(of: ".", with: ","))–\(high.compact.replacingOccurrences(of: ".", with: ","))"
        case let .binaryNeedsOut(format): "--format \(format) skriver en fil: angiv --out FIL.\(format)"

        case .byWithWhere: "angiv --by eller --where, ikke begge"
        case let .whereNeedsValue(text): "--where skal have NAVN=VÆRDI (fx Afdeling=Akut), ikke '\(text)'"
        case let .noBackground(option, name):
            "\(option) \(name): data har ingen baggrundsvariabler (kolonner efter 'value' i tidy-format eller en eksports kolonner som Afdeling)"
        case let .noSuchVariable(option, name, variables):
            "\(option) \(name): der er ingen sådan baggrundsvariabel; data har: \(variables)"
        case let .noSuchSegment(name, value, values):
            "--where \(name)=\(value): ingen respondent har den værdi; værdierne er: \(values)"
        case .noValue: "(uden værdi)"
        case .segment: "Segment"
        case .giveRoundTwice: "angiv --round mindst to gange (de runder, der skal sammenlignes, i rækkefølge)"
        case let .renderError(error):
            switch error {
            case let .twoRoundsOnly(format, _): "--format \(format) sammenligner to runder; vælg dem med --round"
            }
        case .csvComparesTwoRounds: "--format csv sammenligner to runder; vælg dem med --round"
        case let .compareNeedsTwoRounds(count, rounds):
            "compare skal bruge to runder, men data har \(count) (\(rounds)); angiv to filer eller en fil med kolonnen 'round'"
        case let .noSuchRound(label, rounds): "der er ingen runde '\(label)' i data; runderne er: \(rounds)"
        case let .severalRounds(count, rounds):
            "data har \(count) runder (\(rounds)); vælg én med --round, eller sammenlign dem med 'rckit compare'"
        case .nothingAccepted: "ingen svar blev godtaget, så der er intet at analysere"
        case let .selection(error): CLIText.selection(error, .da)
        case .unlabelledRound: "(uden betegnelse)"

        case let .fileWarning(text): text
        case let .rejected(location, reason): "\(location): afvist: \(reason)"
        case let .moreRejected(count): "… og yderligere \(count) afviste poster"
        case let .readSummary(counts):
            "læste \(counts.records) svarposter i \(counts.rows) rækker: \(counts.answers) svar, "
                + "\(counts.missing) uden svar, \(counts.rejected) afvist"
        case let .importSummary(counts, listRejects):
            "læste \(counts.records) poster i \(counts.rows) rækker; godtog \(counts.answers + counts.missing) "
                + "(\(counts.answers) svar, \(counts.missing) uden svar), afviste \(counts.rejected)"
                + (listRejects ? " (se dem med --rejects FIL)" : "")
        case let .wroteReport(path, rounds): "skrev \(path) (\(rounds) \(rounds == 1 ? "runde" : "runder"))"
        case .directIDs:
            "resultatet indeholder respondenternes egne id'er, som kan identificere dem; --pseudonymise NØGLEFIL skriver pseudonymer i stedet"

        case let .rejectsStop(total):
            "\(total) \(total == 1 ? "svarpost blev afvist" : "svarposter blev afvist"), og en analyse uden "
                + "\(total == 1 ? "den" : "dem") ville ikke være af de data, filerne indeholder:"
        case let .rejectionGroup(group):
            "\(group.count) × \(CLIText.rejectionKind(group.kind)(.da)): "
                + group.first.enumerated().map { $0 == 0 ? "\($1.location) (\($1.reason))" : $1.location }
                .joined(separator: ", ") + (group.count > group.first.count ? ", …" : "")
        case let .rejectsWayOn(files):
            "se hver enkelt med linje og begrundelse med 'rckit import \(CLIText.shellWords(files)) --rejects afviste.csv', "
                + "eller analysér uden dem med --accept-rejects (resultatet siger så, hvor mange der blev udeladt og hvorfor)"
        case let .rejectsLeftOut(summary):
            "udelod \(summary.total) \(summary.total == 1 ? "afvist svarpost" : "afviste svarposter") (--accept-rejects): "
                + summary.groups.map { "\($0.count) × \(CLIText.rejectionKind($0.kind)(.da))" }.joined(separator: ", ")
        case let .rejectionKind(kind):
            switch kind {
            case .noRespondent: "intet respondent-id"
            case .noRaterRole: "respondentens egen faggruppe mangler"
            case .unknownRole: "en faggruppe, instrumentet ikke har"
            case .noTargetRole: "ingen faggruppe, der svares om"
            case .unknownDimension: "en ukendt dimension"
            case .invalidValue: "et svar, der ikke er en af spørgsmålets svarmuligheder"
            case .repeatedAnswer: "et gentaget svar (samme respondent, runde, faggruppe og spørgsmål to gange)"
            case .conflictingRole: "en respondent med en anden faggruppe i samme runde"
            case .other: "en anden grund"
            }
        case let .roundNamesPerFile(given, files):
            "--round-names \(given): angiv ét navn for hver af de \(files) filer i rækkefølge, "
                + "adskilt af kommaer (fx --round-names før,efter)"
        case let .roundNamesDiffer(given): "--round-names \(given): giv hver runde sit eget navn"
        case .roundWithRoundNames:
            "--round giver alle poster én runde, --round-names hver fils runde; angiv kun den ene"
        case let .roundNameUnused(name, file):
            "--round-names: ingen runde hedder '\(name)': rækkerne i \(file) har deres egne rundebetegnelser, som bevares (vælg blandt dem med --round)"
        case .rolesEmpty:
            "--roles nævner ingen faggruppe: angiv dem adskilt af kommaer (fx --roles Sygeplejerske,Læge,Fysioterapeut)"
        case let .setupPlaceholderRoles(instrument, count, first, last):
            "instrumentet \(instrument) nævner ingen faggrupper, så filen har \(count) nummererede faggrupper (\(first) … \(last)): "
                + "omdøb dem i værktøjet og læs dets eksport med værktøjets egen opsætningsfil, eller angiv --roles "
                + "(fx --roles Sygeplejerske,Læge,Fysioterapeut)"
        case let .duplicateRole(role): "--roles nævner '\(role)' to gange; angiv hver faggruppe én gang"
        case let .unusableRole(role):
            "--roles: '\(role)' kan ikke være navnet på en faggruppe (giv hver faggruppe et navn uden linjeskift og '|')"
        case let .wroteSetup(tool, path, questions, roles):
            "skrev \(path): spørgeskemaet som \(Self.danishSetupFile(tool)), \(questions) spørgsmål om \(roles) faggrupper. "
                + Self.danishNextSteps(tool, path: path)
        case let .setupExtension(tool, path):
            "\(tool.name) kender opsætningsfilen på filnavnets endelse: omdøb \(path) til *.\(tool.fileExtension), før du importerer den"
        }
    }
}

extension CLIText {
    /// Hvad `tool`s opsætningsfil hedder.
    fileprivate static func danishSetupFile(_ tool: SetupTool) -> String {
        switch tool {
        case .redcap: "REDCap-datadictionary"
        case .limesurvey: "LimeSurvey-strukturfil"
        case .qualtrics: "Qualtrics-undersøgelse"
        }
    }

    /// Hvad man gør med opsætningsfilen: importerer den, eksporterer svarene og læser dem.
    fileprivate static func danishNextSteps(_ tool: SetupTool, path: String) -> String {
        let file = shellWord(path)
        return switch tool {
        case .redcap:
            "Upload den i REDCap (Project Setup → Data Dictionary), eksportér svarene som 'CSV / Microsoft Excel "
                + "(raw data)', og læs dem med: rckit analyze EKSPORT.csv --dictionary \(file)"
        case .limesurvey:
            "Importér den i LimeSurvey (Create survey → Import), eksportér svarene som CSV med 'Question code' "
                + "som overskrifter og 'Answer codes', og læs dem med: rckit analyze results-survey….csv --structure \(file)"
        case .qualtrics:
            "Importér den i Qualtrics (Create a new project → Survey → Import a QSF file), eksportér data som CSV med "
                + "'Use numeric values', og læs dem med: rckit analyze EKSPORT.csv --structure \(file)"
        }
    }
}
