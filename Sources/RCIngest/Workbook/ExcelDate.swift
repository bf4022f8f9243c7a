/// Excel's date serial numbers as ISO 8601 text.
///
/// In the 1900 date system serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that
/// never was (serial 60, kept for compatibility with Lotus 1-2-3), so from serial 61 on a serial
/// is days since 1899-12-30. In the 1904 system (old Mac workbooks) serial 0 is 1904-01-01.
package enum ExcelDate {
    /// The last serial Excel accepts: 9999-12-31 (in the 1900 system; the 1904 one is shorter).
    static let maxSerial = 2_958_465.0

    /// `serial` as `2024-03-05` for a whole day, `2024-03-05T14:30:00` otherwise (rounded to the
    /// nearest second), or `14:30:00` for a time of day alone (a serial under 1 in the 1900
    /// system, whose day 0 is no date); nil when it is negative, not finite or past 9999.
    package static func iso(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < maxSerial + 1 else { return nil }
        let seconds = Int((serial * 86_400).rounded())
        let day = seconds / 86_400
        let time = seconds % 86_400
        let clock = "\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))"
        let date: String
        if date1904 {
            date = civil(daysSince1970: day - 24_107)
        } else if day == 0 {
            return clock
        } else if day == 60 {
            date = "1900-02-29"
        } else {
            date = civil(daysSince1970: day - (day < 60 ? 25_568 : 25_569))
        }
        return time == 0 ? date : "\(date)T\(clock)"
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (the well-known civil-from-days
    /// calculation over 400-year eras).
    static func civil(daysSince1970 days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(two(month))-\(two(dayOfMonth))"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
