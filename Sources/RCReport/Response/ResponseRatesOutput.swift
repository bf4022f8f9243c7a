import RCStats
import RCSurvey

/// Response rates per role (`--invited FILE`) in each format: JSON, terminal and Markdown
/// lines, and an HTML table for the report's overview.
struct ResponseRatesOutput: Sendable {
    var rates: ResponseRates
    var language: Language

    private var t: Phrases { Phrases(language: language) }

    /// The lines after a table: a blank line, then the rates (Markdown or terminal text); nothing
    /// without rates.
    static func lines(_ rates: ResponseRates?, markdown: Bool, _ language: Language) -> String {
        guard let rates else { return "" }
        let output = ResponseRatesOutput(rates: rates, language: language)
        return "\n" + (markdown ? output.markdown() : output.text())
    }

    /// `document` with `response_rates` added when there are rates.
    static func adding(_ rates: ResponseRates?, to document: JSONValue, _ language: Language) -> JSONValue {
        guard let rates, case let .object(members) = document else { return document }
        return .object(members + [("response_rates", ResponseRatesOutput(rates: rates, language: language).json)])
    }

    /// `response_rates` [{role, invited, respondents, rate}] and the total.
    var json: JSONValue {
        func entry(_ rate: ResponseRates.Rate, role: Bool) -> JSONValue {
            .object(
                (role ? [("role", JSONValue.string(rate.role))] : []) + [
                    ("invited", rate.invited.map { JSONValue.number($0) } ?? .null),
                    ("respondents", .number(rate.respondents)),
                    ("rate", .number(rate.rate))
                ])
        }
        return .object([
            ("roles", .array(rates.roles.map { entry($0, role: true) })), ("total", entry(rates.total, role: false))
        ])
    }

    private func percent(_ rate: ResponseRates.Rate) -> String {
        guard let value = rate.rate else { return "·" }
        return language == .da
            ? "\(language.format(100 * value, decimals: 0)) %" : "\(language.format(100 * value, decimals: 0))%"
    }

    /// The terminal lines: role, respondents of invited, rate.
    func text() -> String {
        var out = "\(t.responseRates)\n"
        let width = max(rates.roles.map { TextColumns.sanitize($0.role).count }.max() ?? 0, t.total.count)
        for rate in rates.roles + [rates.total] {
            let name = rate.role.isEmpty ? t.total : TextColumns.sanitize(rate.role)
            let invited = rate.invited.map(String.init) ?? "·"
            out +=
                "  \(name)\(String(repeating: " ", count: max(1, width - name.count + 2)))\(language.formatCount(rate.respondents)) \(t.ofInvited) \(invited)  \(percent(rate))\n"
        }
        return out
    }

    /// A Markdown table.
    func markdown() -> String {
        var out =
            "## \(t.responseRates)\n\n| \(t.role) | \(t.respondents) | \(t.invited) | \(t.responseRate) |\n|---|---:|---:|---:|\n"
        for rate in rates.roles + [rates.total] {
            let name = rate.role.isEmpty ? "**\(t.total)**" : Markdown.escape(rate.role)
            out +=
                "| \(name) | \(language.formatCount(rate.respondents)) | \(rate.invited.map(String.init) ?? "·") | \(percent(rate)) |\n"
        }
        return out
    }

    /// An HTML table for the overview.
    func html() -> String {
        var out =
            "<table class=\"response-rates\">\n<caption>\(HTML.escape(t.responseRates))</caption>\n<thead><tr><th scope=\"col\">\(HTML.escape(t.role))</th>"
            + "<th scope=\"col\">\(HTML.escape(t.respondents))</th><th scope=\"col\">\(HTML.escape(t.invited))</th><th scope=\"col\">\(HTML.escape(t.responseRate))</th></tr></thead>\n<tbody>\n"
        for rate in rates.roles + [rates.total] {
            let name = rate.role.isEmpty ? "<strong>\(HTML.escape(t.total))</strong>" : HTML.escape(rate.role)
            out +=
                "<tr><th scope=\"row\">\(name)</th><td>\(language.formatCount(rate.respondents))</td><td>\(rate.invited.map(String.init) ?? "·")</td><td>\(HTML.escape(percent(rate)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
