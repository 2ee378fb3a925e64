// swift-tools-version: 6.2
import PackageDescription

/// Lesson targets report compiler errors at the Markdown line without quoting the generated
/// file. Their code is compiled file by file, incrementally and without optimization, even in
/// release builds: an edit to one lesson then recompiles that lesson only, in about two seconds
/// whatever the size of the course, and the lessons run as fast, because their heavy work
/// happens inside the engine, which is always optimized. An expression that takes the type
/// checker over a second is a warning at its Markdown line: it would slow every edit.
let lessonSettings: [SwiftSetting] = [
    .unsafeFlags([
        "-Xfrontend", "-diagnostic-style", "-Xfrontend", "llvm",
        "-no-whole-module-optimization", "-incremental", "-Onone",
        "-Xfrontend", "-warn-long-expression-type-checking=1000",
    ]),
    .defaultIsolation(MainActor.self),
]

/// Numeric code is ~40× slower unoptimized, so the engine is optimized even in debug builds.
let optimizedInEveryBuild: [SwiftSetting] = [
    .unsafeFlags(["-O"]),
]

let package = Package(
    name: "DeepTrainingCourse",
    platforms: [.macOS(.v15)],  // Notebook's Mutex and Accelerate's BLASSetThreading
    products: [
        .library(name: "Engine", targets: ["Engine"]),
        .executable(name: "course", targets: ["course"]),
        .executable(name: "course-preview", targets: ["course-preview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),

        // System calls Swift cannot reach directly (an atomic folder swap, parent-death signal).
        .target(name: "CProcessControl"),

        // The neural-network engine, and the few loops it writes in C for instructions that
        // Swift cannot ask for (vector square roots, AVX2 chosen at run time).
        .target(name: "CKernels"),
        .target(
            name: "Engine",
            dependencies: ["CKernels", .target(name: "CBLAS", condition: .when(platforms: [.linux]))],
            exclude: ["Resources/NOTICE.md"],
            resources: [.copy("Resources/digits.bin")],
            swiftSettings: optimizedInEveryBuild
        ),

        // The literate toolchain.
        .target(name: "LessonFormat", dependencies: ["CCmark"]),
        .target(name: "LessonGenerator", dependencies: ["LessonFormat"]),
        .executableTarget(name: "LessonCompiler", dependencies: ["LessonFormat", "LessonGenerator"]),
        .plugin(
            name: "LessonPlugin",
            capability: .buildTool(),
            dependencies: ["LessonCompiler"],
            path: "Sources/LessonPlugin"
        ),
        .target(name: "Notebook", dependencies: ["Engine"]),
        // Grading a learner's answer against the key a run computed, beside the quiz types.
        .target(name: "QuizGrading", dependencies: ["LessonFormat", "Notebook"]),
        .target(
            name: "Site",
            dependencies: [
                "LessonFormat", "Notebook", "QuizGrading", "CProcessControl",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "CourseCLI",
            dependencies: [
                "Site", "Notebook", "LessonFormat", "QuizGrading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The course program, with the lessons compiled into it (`Lessons` is a link to the
        // package's `Lessons/`). They are in the program's own module, not a library of their
        // own, so that a lesson edit that changes what the module declares recompiles nothing
        // in another module.
        .executableTarget(
            name: "course",
            dependencies: ["CourseCLI", "Notebook", "Engine"],
            swiftSettings: lessonSettings,
            // The program is relinked on every lesson edit; with lld instead of gold the bench's
            // edit → page is about a second shorter.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])],
            plugins: ["LessonPlugin"]
        ),
        // The author's preview server, a program of its own so that `make site` never builds
        // its HTTP server; `course preview` starts it.
        .executableTarget(
            name: "course-preview",
            dependencies: [
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks against PyTorch, numpy and OpenBLAS; the reference scripts are Python.
        .executableTarget(
            name: "bench",
            dependencies: ["Engine", .target(name: "CBLAS", condition: .when(platforms: [.linux]))],
            exclude: ["reference"],
            swiftSettings: optimizedInEveryBuild
        ),

        // Tests, and a small book of broken lessons that the end-to-end tests build.
        .target(
            name: "FixtureBook",
            dependencies: ["Notebook", "Engine"],
            path: "Sources/FixtureBook",
            swiftSettings: lessonSettings,
            plugins: ["LessonPlugin"]
        ),
        .executableTarget(
            name: "course-fixtures",
            dependencies: ["CourseCLI", "FixtureBook"],
            path: "Sources/course-fixtures"
        ),
        // Whether every reader of a lesson reads it alike, and the fuzz target that asks it
        // of mutated lessons (`make fuzz`).
        .target(name: "LessonFuzz", dependencies: ["LessonFormat", "LessonGenerator", "Site", "Notebook"]),
        .executableTarget(name: "lesson-fuzz", dependencies: ["LessonFuzz"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "LessonFormatTests", dependencies: ["LessonFormat"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Engine"]),
        .testTarget(name: "LessonCompilerTests", dependencies: ["LessonGenerator", "LessonFormat"],
                    exclude: ["Golden"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "LessonFormat", "Notebook", "QuizGrading"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "LessonFuzzTests", dependencies: ["LessonFuzz", "LessonFormat"],
                    exclude: ["Corpus", "lesson.dict"]),
        .testTarget(
            name: "CourseTests",
            dependencies: ["CourseCLI", "LessonFormat", "Notebook"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
