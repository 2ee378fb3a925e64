// swift-tools-version: 6.2
import Foundation
import PackageDescription

// A package that uses the engine alone, as the README tells readers to: it must build without
// the lesson toolchain (no libcmark, no plugin). `make engine-only-test` builds it with cmark's
// headers hidden and checks that nothing but the engine and its BLAS module was compiled.

/// The course package, two folders up; SwiftPM names a path dependency after its folder.
let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "EngineOnly",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: course.path)],
    targets: [
        .executableTarget(
            name: "EngineOnly",
            dependencies: [.product(name: "Engine", package: course.lastPathComponent.lowercased())]
        ),
    ]
)
