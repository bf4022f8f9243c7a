/// The answer columns of a wide export as the fast path hands them to a sink: for each column,
/// in file order, the target role's name number and the dimension's index. One instance serves
/// a whole file, so a sink may work out what the columns mean once and keep it while it holds
/// the instance (compared by identity).
@_spi(FastPath) public final class WideColumns: Sendable {
    @usableFromInline package let targets: [NameNumber]
    /// The dimensions' indices (0–6), and the dimensions.
    @usableFromInline package let dimensions: [Int]
    package let dimensionCases: [Dimension]

    package init(targets: [NameNumber], dimensions: [Dimension]) {
        precondition(targets.count == dimensions.count, "one target and one dimension per column")
        self.targets = targets
        self.dimensions = dimensions.map(\.index)
        self.dimensionCases = dimensions
    }

    @inlinable package var count: Int { targets.count }
}

/// One row of a wide export read on the fast path: one respondent's answers about every
/// column's target and dimension, each as an answer code (``WideRow/code(score:)``). It says
/// exactly what the ``CodedAnswer``s of its columns, in column order, say. The buffers live
/// only as long as the call it is handed to.
@_spi(FastPath) public struct WideRow {
    /// The respondent id, trimmed and not empty.
    package var respondent: UnsafeBufferPointer<UInt8>
    package var round: NameNumber
    package var rater: NameNumber
    package var columns: WideColumns
    /// One code per column (never 0): a whole score `s` of 0…253 as `s + 1`, an answer given
    /// as missing as ``missingCode``; with `labels`, an answer given as a missing label kept as
    /// written by that label's code (``WideLabels``).
    package var codes: UnsafeBufferPointer<UInt8>
    /// The missing labels kept by their own codes, for a sink that takes them
    /// (``CodedAnswerSink/takesMissingLabels``); nil, as for every other sink, when no code is one.
    package var labels: WideLabels?

    package init(
        respondent: UnsafeBufferPointer<UInt8>, round: NameNumber, rater: NameNumber, columns: WideColumns,
        codes: UnsafeBufferPointer<UInt8>, labels: WideLabels? = nil
    ) {
        assert(codes.count == columns.count, "one code per column")
        assert(!codes.contains(0), "0 is no code")
        assert(
            labels.map { labels in codes.allSatisfy { !labels.isLabel($0) || labels.has($0) } } ?? true,
            "labels' codes given")
        self.respondent = respondent
        self.round = round
        self.rater = rater
        self.columns = columns
        self.codes = codes
        self.labels = labels
    }

    /// The code of an answer given as missing ("Ved ikke", "Don't know").
    @usableFromInline package static let missingCode: UInt8 = 255

    /// The code of a score: a whole score 0…253 as itself + 1; nil for any other score.
    @inlinable @inline(__always)
    package static func code(score: Double) -> UInt8? {
        guard score >= 0, score <= 253 else { return nil }
        let whole = UInt8(score)
        return Double(whole) == score ? whole &+ 1 : nil
    }

    /// The score of a code; nil for ``missingCode``.
    @inlinable @inline(__always)
    package static func score(code: UInt8) -> Double? {
        code == missingCode ? nil : Double(code &- 1)
    }

    /// Answer `k` spelled out as the fast path's single answer (of a row without labels' codes).
    package func answer(_ k: Int) -> CodedAnswer {
        assert(labels.map { !$0.isLabel(codes[k]) } ?? true, "a label's code is no score")
        return CodedAnswer(
            respondent: respondent, round: round, rater: rater, target: columns.targets[k],
            dimension: columns.dimensionCases[k], score: WideRow.score(code: codes[k]))
    }
}

/// The missing labels ("Ved ikke", "Ikke relevant") a wide file's answers were given as, each
/// kept as written (trimmed) under a code of its own, for a sink that writes them out
/// (``CodedAnswerSink/takesMissingLabels``; `rckit import`, SPEC §2): codes from ``firstCode``
/// up to below ``WideRow/missingCode``, where the instrument's scores cannot reach. A reader
/// makes one per file; a label's code, once given, means that label for the whole file.
@_spi(FastPath) public final class WideLabels {
    /// The first label's code; every code from it on but ``WideRow/missingCode`` is a label's.
    package let firstCode: UInt8
    /// The labels by code − ``firstCode``.
    package private(set) var texts: [String] = []
    private var codes: [String: UInt8] = [:]

    /// Labels with codes from `firstCode` (above every score's code the file can give) on.
    package init(firstCode: UInt8) {
        precondition(firstCode > 1 && firstCode < WideRow.missingCode, "codes between the scores' and missing")
        self.firstCode = firstCode
    }

    /// The code of label `text`, given when first met; nil when every code is taken.
    package func code(of text: String) -> UInt8? {
        if let known = codes[text] { return known }
        guard Int(firstCode) + texts.count < Int(WideRow.missingCode) else { return nil }
        let code = firstCode + UInt8(texts.count)
        texts.append(text)
        codes[text] = code
        return code
    }

    /// Whether `code` is in the labels' range (given to a label or not).
    @inline(__always)
    package func isLabel(_ code: UInt8) -> Bool {
        code >= firstCode && code != WideRow.missingCode
    }

    /// Whether `code` has been given to a label.
    package func has(_ code: UInt8) -> Bool {
        isLabel(code) && Int(code - firstCode) < texts.count
    }

    /// The label of a code given to one.
    package func text(of code: UInt8) -> String {
        precondition(has(code), "a label's code")
        return texts[Int(code - firstCode)]
    }
}
