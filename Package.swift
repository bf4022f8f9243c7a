// swift-tools-version:6.0
import PackageDescription

// rckit has no package dependencies by design: Foundation and the toolchain's
// own test libraries only, so it builds offline wherever Swift runs.
let package = Package(
    name: "rckit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rckit", targets: ["rckit"]),
        .library(name: "RCSurvey", targets: ["RCSurvey"]),
        .library(name: "RCIngest", targets: ["RCIngest"]),
        .library(name: "RCStats", targets: ["RCStats"]),
        .library(name: "RCReport", targets: ["RCReport"]),
        .library(name: "RCKitCLI", targets: ["RCKitCLI"])
    ],
    dependencies: [],
    targets: [
        // Survey definition: dimensions, scales, roles, instruments.
        .target(name: "RCSurvey"),
        // zlib, for unpacking ZIP archives and .xlsx workbooks: a system library that ships with
        // every platform Swift runs on (headers in /usr/include and in every macOS SDK, libz
        // beside them), so nothing is downloaded and the package keeps no dependencies.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // Ingestion: CSV reading, ZIP archives and workbooks, survey-tool export shapes.
        .target(name: "RCIngest", dependencies: ["RCSurvey", "CZlib"]),
        // Statistics: network scores, comparisons, numerics.
        .target(name: "RCStats", dependencies: ["RCSurvey", "RCIngest"]),
        // Reports: tables, JSON, HTML.
        .target(name: "RCReport", dependencies: ["RCSurvey", "RCIngest", "RCStats"]),
        // Command-line parsing shared by rckit and rckit-gen: typed option specs, generated
        // usage and help in English and Danish, "did you mean". Not a product.
        .target(name: "RCCommandLine"),
        // The command line as a library, testable in-process.
        .target(name: "RCKitCLI", dependencies: ["RCCommandLine", "RCSurvey", "RCIngest", "RCStats", "RCReport"]),
        .executableTarget(name: "rckit", dependencies: ["RCKitCLI"]),
        // The recording sink, the seeded generator and the in-process CLI runner, shared by the
        // tests and the fuzz targets.
        .target(name: "RCTestSupport", dependencies: ["RCSurvey", "RCIngest", "RCStats", "RCReport", "RCKitCLI"]),
        // Deterministic generator of the sample data and synthetic benchmark surveys.
        .executableTarget(name: "rckit-gen", dependencies: ["RCCommandLine", "RCSurvey"]),

        .testTarget(name: "RCSurveyTests", dependencies: ["RCSurvey"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "RCIngestTests", dependencies: ["RCIngest", "RCTestSupport", "CZlib"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RCStatsTests", dependencies: ["RCStats", "RCTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RCReportTests", dependencies: ["RCReport", "RCTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RCKitCLITests", dependencies: ["RCKitCLI", "RCCommandLine", "RCTestSupport"])
    ],
    swiftLanguageModes: [.v6]
)
