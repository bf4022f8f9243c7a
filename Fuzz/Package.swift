// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for rckit, kept out of the root package so that it stays free of
// dependencies and sanitizer flags. Build and run them with `scripts/fuzz.sh`:
//
//   swift build --package-path Fuzz -c release \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
//
// -enable-testing lets fuzz-zip, fuzz-inflate and fuzz-workbook reach the ZIP, DEFLATE and
// workbook readers, which are `package` declarations of rckit, through `@testable import`
// (another package's modules cannot see them otherwise).
//
// Each executable defines `LLVMFuzzerTestOneInput` and an `@main` that hands it to libFuzzer's
// driver (SwiftPM links every executable with its own entry point, so libFuzzer's `main` is unused).
let package = Package(
    name: "rckit-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "rckit", path: "..")],
    targets: [
        // Decoding the first bytes of an input into reading options, shared by the targets.
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "RCIngest", package: "rckit")]),
        // CSVReader over arbitrary bytes: never crashes, and the block size never changes the result.
        .executableTarget(
            name: "fuzz-csv", dependencies: ["FuzzSupport", .product(name: "RCIngest", package: "rckit")]),
        // Ingestor over arbitrary bytes in each export shape: every record is accounted for.
        .executableTarget(
            name: "fuzz-import",
            dependencies: [
                "FuzzSupport", .product(name: "RCIngest", package: "rckit"),
                .product(name: "RCStats", package: "rckit")
            ]),
        // Instrument and column-mapping files: arbitrary JSON is refused with a reason, never a crash.
        .executableTarget(
            name: "fuzz-instrument",
            dependencies: [
                "FuzzSupport", .product(name: "RCIngest", package: "rckit"),
                .product(name: "RCSurvey", package: "rckit")
            ]),
        // ZipArchive over arbitrary bytes: members listed and read within the limits, never a trap.
        .executableTarget(
            name: "fuzz-zip", dependencies: ["FuzzSupport", .product(name: "RCIngest", package: "rckit")]),
        // Inflater (rckit's own DEFLATE decoder) over arbitrary raw DEFLATE streams: the output keeps
        // to its limit and declared size, and is zlib's wherever either reads the stream.
        .executableTarget(
            name: "fuzz-inflate",
            dependencies: ["FuzzSupport", .product(name: "RCIngest", package: "rckit")]),
        // Workbook over arbitrary .xlsx bytes, and over arbitrary XML in each part of a valid workbook;
        // a wide survey's sheet read on the fast path as the general way reads it.
        .executableTarget(
            name: "fuzz-workbook",
            dependencies: [
                "FuzzSupport", .product(name: "RCIngest", package: "rckit"),
                .product(name: "RCSurvey", package: "rckit")
            ])
    ],
    swiftLanguageModes: [.v6]
)
