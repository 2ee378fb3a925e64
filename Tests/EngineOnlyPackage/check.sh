#!/usr/bin/env bash
# Builds and runs the engine-only package with libcmark's headers hidden (a private mount
# namespace binds an empty file over each; without the permission for that, the headers stay
# and only the second check below speaks), then checks that the build compiled the engine and
# its C modules and none of the course's own targets.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scratch="${SCRATCH:-$here/.build}"
build="swift build --package-path '$here' --scratch-path '$scratch' --product EngineOnly && '$scratch/debug/EngineOnly'"
hide='for h in /usr/include/cmark.h /usr/include/cmark_export.h /usr/include/cmark_version.h; do [ -e "$h" ] && mount --bind /dev/null "$h"; done; '
if unshare --mount true 2>/dev/null; then
  echo "engine-only: building with libcmark's headers hidden"
  unshare --mount bash -c "$hide $build"
else
  echo "engine-only: cannot hide libcmark's headers here (no mount namespace); building with them"
  bash -c "$build"
fi
# Which lesson-toolchain modules got object files: SwiftPM 6.3 prepares the tools of every
# build-tool plugin in the graph (here LessonPlugin's LessonCompiler and LessonFormat) before
# any build, needed or not; without libcmark that attempt fails and is reported, and the
# engine-only product still builds. Only a package of the engine's own would avoid it.
attempted=""
for unwanted in CCmark LessonFormat LessonCompiler Notebook Site CourseCLI course ArgumentParser Mustache; do
  for dir in "$scratch/debug/$unwanted.build" "$scratch/debug/$unwanted-tool.build"; do
    if [ -d "$dir" ] && [ -n "$(find "$dir" -name '*.o' -print -quit)" ]; then attempted="$attempted $(basename "$dir" .build)"; fi
  done
done
echo "engine-only: lesson-toolchain modules compiled (fully or in part):${attempted:- none}"
for product in Site CourseCLI course Notebook; do
  if [ -n "$(find "$scratch/debug/$product.build" -name '*.o' -print -quit 2>/dev/null)" ]; then
    echo "engine-only: FAILED, the build compiled $product"; exit 1
  fi
done
echo "engine-only: passed (built and ran without libcmark's headers)"
