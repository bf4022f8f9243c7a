@_spi(FastPath) import RCSurvey

/// The fast path's look-ups: each text is interpreted by the general rules the first time it
/// is seen in a file, and found by its bytes after that.
extension Ingestor {
    /// The name number of the role a field spells, or nil when it names no role (or is blank).
    mutating func role(_ bytes: UnsafeBufferPointer<UInt8>, _ meanings: inout FieldMeanings) -> Int? {
        if let known = meanings.recentRoles.find(bytes, in: meanings.roleSpellings) {
            return meanings.roles[known].role
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let number = text.trimmingWhitespace().isEmpty ? nil : roles.canonical(text).map { nameNumber($0) }
        meanings.roleSpellings.insert(bytes)
        meanings.roles.append(RoleLookup(role: number))
        return number
    }

    /// The dimension a field spells.
    func dimension(_ bytes: UnsafeBufferPointer<UInt8>, _ meanings: inout FieldMeanings) -> Dimension? {
        if let known = meanings.recentDimensions.find(bytes, in: meanings.dimensionSpellings) {
            return meanings.dimensions[known]
        }
        let dimension = Dimension(matching: String(decoding: bytes, as: UTF8.self))
        meanings.dimensionSpellings.insert(bytes)
        meanings.dimensions.append(dimension)
        return dimension
    }

    /// What a field means as an answer on `dimension`'s scale.
    mutating func value(
        _ bytes: UnsafeBufferPointer<UInt8>, _ dimension: Dimension, format: ExportFormat,
        _ meanings: inout FieldMeanings
    ) -> FieldMeanings.Value {
        let d = dimension.index
        if bytes.count == 1 {
            let slot = d * 256 + Int(bytes[0])
            let known = meanings.shortValues[slot]
            if known != .unknown { return known }
            let found = interpreted(bytes, dimension, format: format, meanings.labels)
            meanings.shortValues[slot] = found
            switch found {
            case let .score(x): meanings.shortScores[slot] = ShortScore(score: x)
            case .missing: meanings.shortScores[slot] = .missing
            case .unknown, .label, .refused: break
            }
            return found
        }
        if bytes.isEmpty {
            let known = meanings.emptyValues[d]
            if known != .unknown { return known }
            let found = interpreted(bytes, dimension, format: format, meanings.labels)
            meanings.emptyValues[d] = found
            return found
        }
        meanings.keyBuffer.removeAll(keepingCapacity: true)
        meanings.keyBuffer.append(UInt8(d))
        meanings.keyBuffer.append(contentsOf: bytes)
        let key = meanings.keyBuffer
        return key.withUnsafeBufferPointer { key in
            if let known = meanings.valueSpellings.find(key) { return meanings.values[known] }
            let found = interpreted(bytes, dimension, format: format, meanings.labels)
            if meanings.values.count < 10_000 {
                meanings.valueSpellings.insert(key)
                meanings.values.append(found)
            }
            return found
        }
    }

    /// What a text means on the fast path; `.refused` leaves its record to the general path.
    private mutating func interpreted(
        _ bytes: UnsafeBufferPointer<UInt8>, _ dimension: Dimension, format: ExportFormat, _ labels: WideLabels?
    ) -> FieldMeanings.Value {
        let text = String(decoding: bytes, as: UTF8.self)
        switch value(text, dimension, format: format) {
        case let .score(x): return .score(x)
        case .missing:
            // A label kept as given ("Ved ikke"), as the general path keeps it: by a code of its
            // own where there is one, else the general path writes it out.
            guard let label = keptMissingLabel(text, dimension) else { return .missing }
            return labels?.code(of: label).map(FieldMeanings.Value.label) ?? .refused
        case .invalid: return .refused
        }
    }

    /// The codes of kept missing labels for a wide file read into `sink`: only when the reading
    /// keeps labels (``IngestOptions/keepsMissingLabels``), the sink takes their codes
    /// (``CodedAnswerSink/takesMissingLabels``) and every score of the instrument's scales is a
    /// code below ``WideLabels/firstCode`` (no score above 239); nil otherwise.
    func wideLabels<Sink: CodedAnswerSink>(for sink: Sink) -> WideLabels? {
        let firstCode: UInt8 = 241
        let bound = Double(firstCode) - 1
        guard options.keepsMissingLabels, sink.takesMissingLabels,
            options.instrument.scales.allSatisfy({ scale in
                scale.maximum < bound && scale.options.allSatisfy { $0.score < bound }
            })
        else { return nil }
        return WideLabels(firstCode: firstCode)
    }

    /// The name number of the round label a field gives (after the file's default), or nil
    /// when the field needs trimming the general way.
    mutating func round(_ bytes: UnsafeBufferPointer<UInt8>?, _ context: ReadContext, _ meanings: inout FieldMeanings)
        -> Int?
    {
        if let fixed = meanings.fixedRound { return fixed }
        if let fixed = options.round {
            meanings.fixedRound = nameNumber(context.label(fixed))
            return meanings.fixedRound
        }
        let bytes = bytes ?? UnsafeBufferPointer(start: nil, count: 0)
        if bytes.isEmpty, let known = meanings.emptyRound { return known }
        if let known = meanings.roundSpellings.find(bytes) { return meanings.rounds[known] }
        guard bytes.isEmpty || FieldMeanings.isTrimmed(bytes) else { return nil }
        let number = nameNumber(context.label(String(decoding: bytes, as: UTF8.self)))
        meanings.roundSpellings.insert(bytes)
        meanings.rounds.append(number)
        if bytes.isEmpty { meanings.emptyRound = number }
        return number
    }
}
