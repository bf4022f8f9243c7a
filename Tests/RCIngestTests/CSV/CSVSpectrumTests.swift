import Testing

@testable import RCIngest

/// The cases of csv-spectrum (a shared test suite of CSV readers), written out here: each
/// file's bytes and the records it must give. A quoted field keeps its line break as written,
/// CRLF included, whatever the block size.
@Suite struct CSVSpectrumTests {
    static let cases: [(name: String, text: String, records: [[String]])] = [
        (
            "comma_in_quotes", "first,last,address,city,zip\r\nJohn,Doe,120 any st.,\"Anytown, WW\",08123\r\n",
            [["first", "last", "address", "city", "zip"], ["John", "Doe", "120 any st.", "Anytown, WW", "08123"]]
        ),
        ("empty", "a,b,c\n1,\"\",\"\"\n2,3,4\n", [["a", "b", "c"], ["1", "", ""], ["2", "3", "4"]]),
        ("empty_crlf", "a,b,c\r\n1,\"\",\"\"\r\n2,3,4\r\n", [["a", "b", "c"], ["1", "", ""], ["2", "3", "4"]]),
        ("escaped_quotes", "a,b\n1,\"ha \"\"ha\"\" ha\"\n3,4\n", [["a", "b"], ["1", "ha \"ha\" ha"], ["3", "4"]]),
        (
            "json", "key,val\n1,\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": [102.0, 0.5]}\"\n",
            [["key", "val"], ["1", "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}"]]
        ),
        (
            "newlines", "a,b,c\n1,2,3\n\"Once upon \na time\",5,6\n7,8,9\n",
            [["a", "b", "c"], ["1", "2", "3"], ["Once upon \na time", "5", "6"], ["7", "8", "9"]]
        ),
        (
            "newlines_crlf", "a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n",
            [["a", "b", "c"], ["1", "2", "3"], ["Once upon \r\na time", "5", "6"], ["7", "8", "9"]]
        ),
        (
            "quotes_and_newlines", "a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n3,4\n",
            [["a", "b"], ["1", "ha \n\"ha\" \nha"], ["3", "4"]]
        ),
        ("simple", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("simple_crlf", "a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("utf8", "a,b,c\n1,2,3\n4,5,ʤ\n", [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "ʤ"]])
    ]

    @Test(arguments: cases.map(\.name))
    func readsAsSpecified(name: String) throws {
        let spectrum = try #require(Self.cases.first { $0.name == name })
        for blockSize in [1, 2, 3, 5, 8, 64, 1 << 16] {
            var reader = try CSVReader(bytes: Array(spectrum.text.utf8), options: CSVOptions(blockSize: blockSize))
            let records = try reader.readAll()
            // Compared as bytes: Swift's String equality would take "\r\n" and "\n" for different
            // characters anyway, but a byte comparison says so in the failure too.
            #expect(
                records.map { $0.fields.map { Array($0.utf8) } } == spectrum.records.map { $0.map { Array($0.utf8) } },
                "\(name), block size \(blockSize)")
        }
    }
}
