// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Atelier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "atelier", targets: ["atelier"]),
        // The room's live board, a program of its own: `atelier` starts it, and so never loads the
        // networking (Foundation's, libcurl) its HTTP server brings.
        .executable(name: "atelier-board", targets: ["AtelierBoardProgram"]),
        .executable(name: "atelier-bench", targets: ["AtelierBench"]),
        .library(name: "AtelierCore", targets: ["AtelierCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // The live board's HTTP server: no dependencies of its own (see AtelierBoard).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The engine: workshop scripts, expressions, rules, events -> charter. No terminal, clock or files.
        .target(name: "AtelierCore", dependencies: ["Yams", .product(name: "HashTreeCollections", package: "swift-collections")]),
        // Renderers of the charter: Markdown, HTML, JSON, DOCX, EML. Templates are read and written
        // through AtelierStore (regular files only, bounded reads, private files).
        .target(
            name: "AtelierExport",
            dependencies: [
                "AtelierCore", "AtelierStore",
                .product(name: "Mustache", package: "swift-mustache"),
                "ZIPFoundation",
            ],
            resources: [.copy("Templates")]
        ),
        // Files on disk: session journals (append + fsync, owner-only, torn-line recovery, rescue
        // files), bounded reads of regular files, private output files.
        .target(name: "AtelierStore", dependencies: ["AtelierCore"]),
        // The live charter board: the client's copy on a local web page that follows the journal.
        // Linked only by the `atelier-board` program (and the benchmarks, and its tests), never by `atelier`.
        .target(
            name: "AtelierBoard",
            dependencies: ["AtelierCore", "AtelierExport", "AtelierStore", .product(name: "FlyingFox", package: "FlyingFox")],
            // FlyingFox's proxy handler (unused here) brings FoundationNetworking, whose static form
            // needs libcurl named explicitly when the Swift runtime is linked statically (scripts/atelier).
            linkerSettings: [.linkedLibrary("curl", .when(platforms: [.linux]))]
        ),
        .executableTarget(name: "AtelierBoardProgram", dependencies: ["AtelierBoard"]),
        // GNU readline, from Debian's libreadline-dev.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // The live session in a terminal (readline) or over piped stdin.
        .target(name: "AtelierTerminal", dependencies: ["AtelierCore", "AtelierStore", "CReadline"]),
        // The commands, as a library the tests can call.
        .target(
            name: "AtelierCLI",
            dependencies: [
                "AtelierCore", "AtelierExport", "AtelierStore", "AtelierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "atelier", dependencies: ["AtelierCLI", "AtelierTerminal"]),
        // The performance measurements behind docs/performance.md (scripts/bench).
        .executableTarget(name: "AtelierBench", dependencies: ["AtelierBoard", "AtelierCore", "AtelierExport", "AtelierStore"]),
        // What each fuzz target does with one input (the fuzzers and the regression tests share it).
        .target(name: "AtelierFuzzing", dependencies: ["AtelierCLI", "AtelierCore", "AtelierExport"]),
        // Pseudo-terminal helpers that Glibc's Swift module does not expose (tests only).
        .target(name: "CPty"),
        // A test-only program driving AtelierTerminal's line input, for the pseudo-terminal tests.
        .executableTarget(name: "LineProbe", dependencies: ["AtelierCore", "AtelierTerminal"]),
        // What several test targets share: recorded files that a re-record can never pass.
        .target(name: "AtelierTestSupport", dependencies: ["AtelierCore"]),
        .testTarget(
            name: "AtelierCoreTests",
            // AtelierExport only for the determinism property across two processes (the live charter, exported).
            dependencies: ["AtelierCore", "AtelierExport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        // The commands run in-process (`Atelier.run` with captured streams and piped answers).
        .testTarget(
            name: "AtelierCLITests",
            dependencies: ["AtelierBoard", "AtelierCLI", "AtelierCore", "AtelierExport", "AtelierStore", "AtelierTerminal",
                           "AtelierTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AtelierExportTests", dependencies: ["AtelierCore", "AtelierExport", "AtelierStore", "AtelierTestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "AtelierBoardTests", dependencies: ["AtelierBoard", "AtelierCore", "AtelierExport", "AtelierStore"]),
        .testTarget(name: "AtelierStoreTests", dependencies: ["AtelierStore", "AtelierCore"]),
        .testTarget(name: "AtelierTerminalTests", dependencies: ["AtelierCore", "AtelierTerminal"]),
        .testTarget(name: "AtelierEndToEndTests", dependencies: ["AtelierCore", "AtelierStore", "CPty"]),
        // Broken inputs with their exact expected outcome, and the inputs fuzzing once crashed on.
        .testTarget(
            name: "AtelierCorpusTests",
            dependencies: ["AtelierCLI", "AtelierCore", "AtelierExport", "AtelierStore", "AtelierFuzzing", "AtelierTerminal",
                           "AtelierTestSupport"],
            resources: [.copy("Corpus")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer programs exist only for scripts/fuzz (ATELIER_FUZZ=1 swift build --sanitize fuzzer):
// libFuzzer supplies their `main`, so a normal build could not link them.
if Context.environment["ATELIER_FUZZ"] == "1" {
    for name in ["FuzzWorkshop", "FuzzExpression", "FuzzJournal", "FuzzTemplate"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["AtelierFuzzing"], path: "Fuzz/targets/\(name)"))
    }
}
