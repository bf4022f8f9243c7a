import Foundation
import RCSurvey

/// The report's colours: a blue/orange diverging scheme (safe for the common forms of colour
/// blindness, and never the only cue: every colour comes with a symbol or a line style).
/// Orange means weak or worse, blue strong or better, a warm grey the middle.
struct ReportPalette: Sendable {
    /// The fill and the text colour that reads on it.
    struct Swatch: Sendable, Equatable {
        var fill: String
        var text: String
    }

    var thresholds: StrengthThresholds
    /// The response scale's range (1…5 on the standard instrument).
    var scale: ClosedRange<Double>

    static let orangeLight = RGB(0xFD, 0xE3, 0xC4)
    static let orangeDark = RGB(0xB3, 0x4E, 0x00)
    static let neutral = RGB(0xEF, 0xEC, 0xE6)
    static let blueLight = RGB(0xD4, 0xE4, 0xF4)
    static let blueDark = RGB(0x1A, 0x4F, 0x8F)

    /// Line colours for the network map and bars.
    static let strongLine = "#1f5fa6"
    static let moderateLine = "#9a958c"
    static let weakLine = "#c25e00"
    static let ink = "#1d232b"

    /// The span over which colour deepens: a quarter of the scale (one point on 1–5).
    private var span: Double { max((scale.upperBound - scale.lowerBound) / 4, 1e-9) }

    /// A mean on the scale: orange below the weak threshold, grey between, blue above the
    /// strong threshold, deeper the further from the band. `strength`, when given, is the
    /// mean's class as the analysis has it (exactly, for whole-number scores).
    func strength(_ mean: Double, as strength: Strength? = nil) -> Swatch {
        switch strength ?? thresholds.strength(of: mean) {
        case .moderate:
            return Self.swatch(Self.neutral)
        case .weak:
            let t = min(max((thresholds.weakBelow - mean) / (1.2 * span), 0), 1)
            return Self.swatch(Self.orangeLight.mix(Self.orangeDark, 0.15 + 0.85 * t))
        case .strong:
            let t = min(max((mean - thresholds.strongAbove) / (0.8 * span), 0), 1)
            return Self.swatch(Self.blueLight.mix(Self.blueDark, 0.15 + 0.85 * t))
        }
    }

    /// A difference after − before: blue for better, orange for worse; pale unless it matters.
    func change(_ difference: Double, matters: Bool) -> Swatch {
        let t = min(abs(difference) / (0.6 * span), 1)
        let depth = matters ? 0.3 + 0.7 * t : 0.35 * t
        let target = difference >= 0 ? Self.blueDark : Self.orangeDark
        let start = difference >= 0 ? Self.blueLight : Self.orangeLight
        if !matters { return Self.swatch(Self.neutral.mix(start, min(1, 0.2 + 2 * depth))) }
        return Self.swatch(start.mix(target, depth))
    }

    static func lineColor(_ strength: Strength) -> String {
        switch strength {
        case .strong: strongLine
        case .moderate: moderateLine
        case .weak: weakLine
        }
    }

    static func swatch(_ color: RGB) -> Swatch {
        Swatch(fill: color.hex, text: color.luminance < 0.42 ? "#ffffff" : ink)
    }
}

/// An sRGB colour.
struct RGB: Sendable, Equatable {
    var r: Double
    var g: Double
    var b: Double

    init(_ r: Int, _ g: Int, _ b: Int) {
        self.r = Double(r)
        self.g = Double(g)
        self.b = Double(b)
    }

    /// The colour `t` of the way towards `other`.
    func mix(_ other: RGB, _ t: Double) -> RGB {
        let t = t.isNaN ? 0 : min(max(t, 0), 1)
        return RGB(
            Int((r + (other.r - r) * t).rounded()), Int((g + (other.g - g) * t).rounded()),
            Int((b + (other.b - b) * t).rounded()))
    }

    var hex: String { String(format: "#%02x%02x%02x", Int(r), Int(g), Int(b)) }

    /// Relative luminance (WCAG).
    var luminance: Double {
        func channel(_ c: Double) -> Double {
            let s = c / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
}

/// Numbers in SVG attributes: always a decimal point, at most two decimals.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

extension String {
    /// The text in at most `lines` lines of at most `limit` characters, broken between words;
    /// what does not fit is cut with an ellipsis on the last line (and so is a longer word).
    func wrapped(_ limit: Int, lines maximum: Int) -> [String] {
        var lines: [String] = []
        var words = split(separator: " ", omittingEmptySubsequences: true).map(String.init)[...]
        while let word = words.first, lines.count < maximum {
            var line = word
            words = words.dropFirst()
            while let next = words.first, line.count + 1 + next.count <= limit {
                line += " " + next
                words = words.dropFirst()
            }
            lines.append(line)
        }
        if !words.isEmpty, let last = lines.popLast() {
            lines.append(last + " " + words.joined(separator: " "))
        }
        return lines.map { $0.abbreviated(limit) }
    }

    /// The text cut to `limit` characters with an ellipsis, for labels in tight places.
    func abbreviated(_ limit: Int) -> String {
        guard count > limit, limit > 1 else { return self }
        return String(prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
