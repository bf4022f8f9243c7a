import Foundation

extension Instrument {
    /// The format version instrument files declare as `"rckit_instrument": 1`.
    static let fileFormatVersion = 1

    /// Loads the built-in instrument called `nameOrPath`, or the instrument file at that path.
    public static func resolve(_ nameOrPath: String) throws(InstrumentError) -> Instrument {
        if let builtIn = builtIn(named: nameOrPath) { return builtIn }
        guard
            nameOrPath.hasSuffix(".json") || nameOrPath.contains("/")
                || FileManager.default.fileExists(atPath: nameOrPath)
        else {
            throw InstrumentError(
                file: nameOrPath,
                message:
                    "no such instrument; the built-in ones are \(builtInNames.joined(separator: ", ")), or name a .json file"
            )
        }
        return try load(path: nameOrPath)
    }

    /// Reads and validates an instrument file.
    public static func load(path: String) throws(InstrumentError) -> Instrument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InstrumentError(file: path, message: "cannot read the file (\(Instrument.reason(error)))")
        }
        return try decode(data, file: path)
    }

    /// Validates an instrument document. `file` names it in error messages.
    public static func decode(_ data: Data, file: String) throws(InstrumentError) -> Instrument {
        let value: JSONValue
        do {
            value = try JSONValue.parse(data)
        } catch {
            throw InstrumentError(file: file, line: error.line, column: error.column, message: error.message)
        }
        return try Instrument(document: InstrumentDocument(value: value, path: "", file: file))
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return nsError.localizedDescription
    }

    private init(document: InstrumentDocument) throws(InstrumentError) {
        let top = try document.object(allowed: [
            "rckit_instrument", "name", "title", "language", "process",
            "min_items", "strength", "meaningful_change", "scales", "items", "roles"
        ])
        guard let version = top["rckit_instrument"] else {
            throw document.fail(
                "missing \"rckit_instrument\": \(Instrument.fileFormatVersion); is this an rckit instrument file?")
        }
        guard try version.integer(in: 1...Int.max) == Instrument.fileFormatVersion else {
            throw version.fail("this rckit reads instrument format \(Instrument.fileFormatVersion) only")
        }
        func required(_ key: String) throws(InstrumentError) -> InstrumentDocument {
            guard let member = top[key] else { throw document.fail("missing required key \"\(key)\"") }
            return member
        }

        let name = try required("name").string()
        let language: Language
        if let member = top["language"] {
            let code = try member.string()
            guard let parsed = Language(rawValue: code) else {
                throw member.fail("unknown language \"\(code)\"; expected \"da\" or \"en\"")
            }
            language = parsed
        } else {
            language = .da
        }
        let title = try top["title"]?.localizedText() ?? LocalizedText([language: name])
        let process = try required("process").localizedText()

        // Scales.
        var scales: [ResponseScale] = []
        for scaleDocument in try required("scales").array(nonEmpty: true) {
            let scale = try Instrument.scale(from: scaleDocument)
            if scales.contains(where: { $0.id == scale.id }) {
                throw scaleDocument.fail("the scale id \"\(scale.id)\" is used twice")
            }
            scales.append(scale)
        }

        // Items.
        var items: [InstrumentItem] = []
        for itemDocument in try required("items").array(nonEmpty: true) {
            let fields = try itemDocument.object(allowed: ["dimension", "scale", "question"])
            guard let dimensionField = fields["dimension"] else {
                throw itemDocument.fail("missing required key \"dimension\"")
            }
            let dimensionText = try dimensionField.string()
            guard let dimension = Dimension(matching: dimensionText) else {
                throw dimensionField.fail(
                    "unknown dimension \"\(dimensionText)\"; expected one of: \(Dimension.allCases.map(\.id).joined(separator: ", "))"
                )
            }
            if items.contains(where: { $0.dimension == dimension }) {
                throw dimensionField.fail("the dimension \(dimension.id) is asked twice")
            }
            guard let scaleField = fields["scale"] else { throw itemDocument.fail("missing required key \"scale\"") }
            let scaleID = try scaleField.string()
            guard scales.contains(where: { $0.id == scaleID }) else {
                throw scaleField.fail(
                    "no scale has the id \"\(scaleID)\"; the scales are: \(scales.map(\.id).joined(separator: ", "))")
            }
            guard let questionField = fields["question"] else {
                throw itemDocument.fail("missing required key \"question\"")
            }
            items.append(
                InstrumentItem(dimension: dimension, question: try questionField.localizedText(), scaleID: scaleID))
        }

        let minItems = try top["min_items"]?.integer(in: 1...items.count) ?? min(4, items.count)

        var strength = StrengthThresholds.standard
        if let strengthDocument = top["strength"] {
            let fields = try strengthDocument.object(allowed: ["weak_below", "strong_above"])
            guard let weak = fields["weak_below"] else {
                throw strengthDocument.fail("missing required key \"weak_below\"")
            }
            guard let strong = fields["strong_above"] else {
                throw strengthDocument.fail("missing required key \"strong_above\"")
            }
            strength = StrengthThresholds(
                weakBelow: try Instrument.scoreNumber(weak), strongAbove: try Instrument.scoreNumber(strong))
            guard strength.weakBelow <= strength.strongAbove else {
                throw strong.fail(
                    "strong_above (\(strength.strongAbove.compact)) must not be below weak_below (\(strength.weakBelow.compact))"
                )
            }
        }

        var meaningfulChange: Double?
        if let member = top["meaningful_change"] {
            let value = try Instrument.scoreNumber(member)
            let range = Instrument.range(of: items, in: scales)
            let width = range.upperBound - range.lowerBound
            guard value > 0, value <= width else {
                throw member.fail(
                    "meaningful_change (\(value.compact)) must be above 0 and at most the scale's range, \(width.compact)"
                )
            }
            meaningfulChange = value
        }

        var roles: [RoleDefinition] = []
        var roleKeys: [TextKey: String] = [:]
        if let rolesDocument = top["roles"] {
            for roleDocument in try rolesDocument.array() {
                let fields = try roleDocument.object(allowed: ["name", "aliases", "patient"])
                guard let nameField = fields["name"] else { throw roleDocument.fail("missing required key \"name\"") }
                let roleName = try nameField.string().trimmingWhitespace()
                var aliases: [String] = []
                for aliasDocument in try fields["aliases"]?.array() ?? [] {
                    aliases.append(try aliasDocument.string().trimmingWhitespace())
                }
                for (spelling, place) in [(roleName, nameField)]
                    + zip(aliases, try fields["aliases"]?.array() ?? []).map({ ($0, $1) })
                {
                    let key = TextKey(spelling)
                    guard !key.isEmpty else { throw place.fail("a role name needs at least one letter or digit") }
                    if let other = roleKeys[key] {
                        throw place.fail("\"\(spelling)\" already names the role \"\(other)\"")
                    }
                    roleKeys[key] = roleName
                }
                let isPatient = try fields["patient"]?.bool() ?? false
                roles.append(RoleDefinition(name: roleName, aliases: aliases, isPatient: isPatient))
            }
        }

        self.init(
            name: name, title: title, defaultLanguage: language, process: process, scales: scales,
            items: items, minItems: minItems, strength: strength, roles: roles, meaningfulChange: meaningfulChange)
    }

    /// The largest score (and threshold) an instrument may give, either side of 0: scales from
    /// 1–5 to 0–100 and beyond fit, while every figure drawn from them stays finite and every
    /// axis and colour scale stays small enough to draw.
    static let scoreLimit = 1_000.0

    /// A score, bound or threshold: a finite number within ±``scoreLimit``.
    private static func scoreNumber(_ document: InstrumentDocument) throws(InstrumentError) -> Double {
        let value = try document.number()
        guard value.isFinite, abs(value) <= scoreLimit else {
            throw document.fail(
                "\(value.compact) is outside the scores an instrument may use, -\(scoreLimit.compact) to \(scoreLimit.compact)"
            )
        }
        return value
    }

    private static func scale(from document: InstrumentDocument) throws(InstrumentError) -> ResponseScale {
        let fields = try document.object(allowed: ["id", "min", "max", "integer_scores", "options", "missing"])
        func required(_ key: String) throws(InstrumentError) -> InstrumentDocument {
            guard let member = fields[key] else { throw document.fail("missing required key \"\(key)\"") }
            return member
        }
        let id = try required("id").string()
        let minimumField = try required("min")
        let maximumField = try required("max")
        let minimum = try Instrument.scoreNumber(minimumField)
        let maximum = try Instrument.scoreNumber(maximumField)
        guard minimum < maximum else {
            throw maximumField.fail("max (\(maximum.compact)) must be greater than min (\(minimum.compact))")
        }
        let integerScores = try fields["integer_scores"]?.bool() ?? true

        var seen: [TextKey: String] = [:]
        func claim(_ text: String, at place: InstrumentDocument) throws(InstrumentError) {
            if ResponseScale.parseNumber(text.trimmingWhitespace()) != nil {
                throw place.fail("the label \"\(text)\" looks like a score; labels must be words")
            }
            let key = TextKey(text)
            guard !key.isEmpty else { throw place.fail("a label needs at least one letter or digit") }
            if let other = seen[key] { throw place.fail("the label \"\(text)\" is already used by \(other)") }
            seen[key] = place.path
        }

        var options: [ResponseOption] = []
        for optionDocument in try required("options").array(nonEmpty: true) {
            let optionFields = try optionDocument.object(allowed: ["score", "label"])
            guard let scoreField = optionFields["score"] else {
                throw optionDocument.fail("missing required key \"score\"")
            }
            guard let labelField = optionFields["label"] else {
                throw optionDocument.fail("missing required key \"label\"")
            }
            let score = try Instrument.scoreNumber(scoreField)
            guard score >= minimum, score <= maximum else {
                throw scoreField.fail(
                    "the score \(score.compact) is outside the scale \(minimum.compact)–\(maximum.compact)")
            }
            if integerScores && score != score.rounded() {
                throw scoreField.fail(
                    "the score \(score.compact) is not a whole number; set \"integer_scores\": false to allow it")
            }
            if options.contains(where: { $0.score == score }) {
                throw scoreField.fail("two options have the score \(score.compact)")
            }
            let label = try labelField.localizedText()
            for text in Set(label.allTexts) { try claim(text, at: labelField) }
            options.append(ResponseOption(score: score, label: label))
        }

        var missing: [LocalizedText] = []
        for missingDocument in try fields["missing"]?.array() ?? [] {
            let label = try missingDocument.localizedText()
            for text in Set(label.allTexts) { try claim(text, at: missingDocument) }
            missing.append(label)
        }
        return ResponseScale(
            id: id, minimum: minimum, maximum: maximum, integerScores: integerScores,
            options: options, missing: missing)
    }
}

extension Instrument {
    /// The instrument as an instrument file, which `Instrument.decode` reads back unchanged.
    public var jsonValue: JSONValue {
        func text(_ localized: LocalizedText) -> JSONValue {
            .object(
                Language.allCases.compactMap { language in
                    localized.values[language].map { (language.rawValue, JSONValue.string($0)) }
                })
        }
        var members: [(String, JSONValue)] = [
            ("rckit_instrument", .number(Instrument.fileFormatVersion)),
            ("name", .string(name)),
            ("title", text(title)),
            ("language", .string(defaultLanguage.rawValue)),
            ("process", text(process)),
            ("min_items", .number(minItems)),
            (
                "strength",
                .object([
                    ("weak_below", .number(strength.weakBelow)),
                    ("strong_above", .number(strength.strongAbove))
                ])
            ),
            (
                "scales",
                .array(
                    scales.map { scale in
                        var fields: [(String, JSONValue)] = [
                            ("id", .string(scale.id)), ("min", .number(scale.minimum)), ("max", .number(scale.maximum))
                        ]
                        if !scale.integerScores { fields.append(("integer_scores", .bool(false))) }
                        fields.append(
                            (
                                "options",
                                .array(
                                    scale.options.map { option in
                                        .object([("score", .number(option.score)), ("label", text(option.label))])
                                    })
                            ))
                        fields.append(("missing", .array(scale.missing.map(text))))
                        return .object(fields)
                    })
            ),
            (
                "items",
                .array(
                    items.map { item in
                        .object([
                            ("dimension", .string(item.dimension.id)), ("scale", .string(item.scaleID)),
                            ("question", text(item.question))
                        ])
                    })
            )
        ]
        if let meaningfulChange {
            members.insert(("meaningful_change", .number(meaningfulChange)), at: 7)
        }
        if !roles.isEmpty {
            members.append(
                (
                    "roles",
                    .array(
                        roles.map { role in
                            var fields: [(String, JSONValue)] = [("name", .string(role.name))]
                            if !role.aliases.isEmpty {
                                fields.append(("aliases", .array(role.aliases.map(JSONValue.string))))
                            }
                            if role.isPatient { fields.append(("patient", .bool(true))) }
                            return .object(fields)
                        })
                ))
        }
        return .object(members)
    }
}
