import RCSurvey

/// Columns that identify people — e-mail, name, IP address, telephone, CPR number, location —
/// and the survey tools' own ones (Qualtrics `IPAddress`, `RecipientEmail`, `RecipientFirstName`,
/// `RecipientLastName`, `LocationLatitude`, `LocationLongitude`; Microsoft Forms `Email`, `Name`;
/// LimeSurvey `ipaddr`, `token`; SurveyMonkey `IP Address`, `Email Address`, `First Name`,
/// `Last Name`). They are never background variables, so `import` never writes them and no
/// report segments by them.
enum IdentifyingColumns {
    /// Headers by ``TextKey`` with the spaces taken out (`IP Address`, `ip_address` and `IPAddress`
    /// are one), in English and Danish.
    static let names: Set<String> = {
        let names = [
            "email", "e-mail", "email address", "e-mail address", "e-mailadresse", "mail", "mailadresse",
            "recipient email", "respondent email",
            "name", "navn", "full name", "fulde navn", "fullname", "first name", "firstname", "fornavn",
            "last name", "lastname", "surname", "efternavn", "mellemnavn", "recipient first name",
            "recipient last name", "respondent name", "respondentnavn",
            "ip", "ip address", "ipaddress", "ip-adresse", "ipaddr", "ip addr",
            "location latitude", "location longitude", "latitude", "longitude",
            "phone", "phone number", "telephone", "mobile", "telefon", "telefonnummer", "mobil", "mobilnummer",
            "cpr", "cpr-nummer", "cpr nummer", "cprnr", "personnummer", "social security number",
            "token", "address", "adresse"
        ]
        return Set(names.map(key))
    }()

    static func key(_ header: String) -> String { TextKey(header).value.replacingOccurrences(of: " ", with: "") }

    /// Whether the column with this header identifies people.
    static func identify(_ header: String) -> Bool {
        names.contains(key(header))
    }
}
