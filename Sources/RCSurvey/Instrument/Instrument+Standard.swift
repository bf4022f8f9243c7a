extension Instrument {
    /// The built-in instruments, by name.
    public static let builtInNames = ["rc7-da", "rc7-en"]

    /// The built-in instrument called `name` (`rc7-da` or `rc7-en`).
    public static func builtIn(named name: String) -> Instrument? {
        switch name.lowercased() {
        case "rc7-da", "rc7": standard(language: .da)
        case "rc7-en": standard(language: .en)
        default: nil
        }
    }

    /// Gittell's seven-item relational coordination survey (role version) with the standard
    /// 1–5 scales, in Danish and English; `language` is the instrument's default language.
    public static func standard(language: Language) -> Instrument {
        Instrument(
            name: "rc7-\(language.rawValue)",
            title: LocalizedText(
                da: "Relationel koordinering – de syv spørgsmål",
                en: "Relational coordination – the seven questions"),
            defaultLanguage: language,
            process: LocalizedText(da: "patientforløbet", en: "the patient pathway"),
            scales: StandardScales.all,
            items: standardItems,
            minItems: 4,
            strength: .standard,
            roles: []
        )
    }

    static let standardItems: [InstrumentItem] = [
        InstrumentItem(
            dimension: .frequentCommunication,
            question: LocalizedText(
                da: "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om [process]?",
                en: "How frequently do people in each of these groups communicate with you about [process]?"),
            scaleID: "frequency"),
        InstrumentItem(
            dimension: .timelyCommunication,
            question: LocalizedText(
                da: "Kommunikerer personer i disse faggrupper med dig om [process] i tide?",
                en: "Do people in these groups communicate with you in a timely way about [process]?"),
            scaleID: "timeliness"),
        InstrumentItem(
            dimension: .accurateCommunication,
            question: LocalizedText(
                da: "Kommunikerer personer i disse faggrupper præcist med dig om [process]?",
                en: "Do people in these groups communicate with you accurately about [process]?"),
            scaleID: "accuracy"),
        InstrumentItem(
            dimension: .problemSolvingCommunication,
            question: LocalizedText(
                da:
                    "Når der opstår et problem i [process], skyder personer i disse faggrupper så skylden på andre, eller løser de problemet sammen med dig?",
                en:
                    "When there is a problem with [process], do people in these groups blame others or work with you to solve the problem?"
            ),
            scaleID: "problem_solving"),
        InstrumentItem(
            dimension: .sharedGoals,
            question: LocalizedText(
                da: "I hvor høj grad deler personer i disse faggrupper dine mål for [process]?",
                en: "How much do people in these groups share your goals for [process]?"),
            scaleID: "extent"),
        InstrumentItem(
            dimension: .sharedKnowledge,
            question: LocalizedText(
                da: "Hvor meget ved personer i disse faggrupper om det arbejde, du udfører i [process]?",
                en: "How much do people in these groups know about the work you do with [process]?"),
            scaleID: "knowledge"),
        InstrumentItem(
            dimension: .mutualRespect,
            question: LocalizedText(
                da: "I hvor høj grad respekterer personer i disse faggrupper det arbejde, du udfører i [process]?",
                en: "How much do people in these groups respect the work you do with [process]?"),
            scaleID: "respect")
    ]
}

/// The standard response scales of SPEC §1, scored 1–5 with 5 always best.
enum StandardScales {
    static let missing = [
        LocalizedText(da: "Ved ikke", en: "Don't know"),
        LocalizedText(da: "Ikke relevant", en: "Not applicable")
    ]

    static func scale(_ id: String, _ labels: [(String, String)]) -> ResponseScale {
        ResponseScale(
            id: id, minimum: 1, maximum: 5,
            options: labels.enumerated().map { index, pair in
                ResponseOption(score: Double(index + 1), label: LocalizedText(da: pair.0, en: pair.1))
            },
            missing: missing)
    }

    static let all: [ResponseScale] = [
        scale(
            "frequency",
            [
                ("Aldrig", "Never"), ("Sjældent", "Rarely"), ("Af og til", "Occasionally"),
                ("Ofte", "Often"), ("Hele tiden", "Constantly")
            ]),
        scale(
            "timeliness",
            [
                ("Aldrig", "Never"), ("Sjældent", "Rarely"), ("Af og til", "Occasionally"),
                ("Ofte", "Often"), ("Altid", "Always")
            ]),
        scale(
            "accuracy",
            [
                ("Aldrig", "Never"), ("Sjældent", "Rarely"), ("Af og til", "Occasionally"),
                ("Ofte", "Often"), ("Altid", "Always")
            ]),
        scale(
            "problem_solving",
            [
                ("Skyder altid skylden på andre", "Always blame others"),
                ("Skyder oftest skylden på andre", "Mostly blame others"),
                ("Hverken eller", "Neither"),
                ("Løser oftest problemet sammen med dig", "Mostly work with you to solve it"),
                ("Løser altid problemet sammen med dig", "Always work with you to solve it")
            ]),
        scale(
            "extent",
            [
                ("Slet ikke", "Not at all"), ("Lidt", "A little"), ("Noget", "Somewhat"),
                ("Meget", "A lot"), ("Fuldstændigt", "Completely")
            ]),
        scale(
            "knowledge",
            [
                ("Intet", "Nothing"), ("Lidt", "A little"), ("Noget", "Some"),
                ("Meget", "A lot"), ("Alt", "Everything")
            ]),
        scale(
            "respect",
            [
                ("Slet ikke", "Not at all"), ("Lidt", "A little"), ("Noget", "Somewhat"),
                ("Meget", "A lot"), ("Fuldstændigt", "Completely")
            ])
    ]
}
