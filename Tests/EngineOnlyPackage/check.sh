#!/usr/bin/env bash
# Builds and runs the engine-only package with libcmark's headers hidden (a private mount
# namespace binds an empty file over each; without the permission for that, the headers stay
# and only the second check below speaks), then checks that the build compiled the engine and
# its C modules and none of the lesson toolchain.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scratch="${SCRATCH:-$here/.build}"
build="swift build --package-path '$here' --scratch-path '$scratch' && '$scratch/debug/EngineOnly'"
hide='for h in /usr/include/cmark.h /usr/include/cmark_export.h /usr/include/cmark_version.h; do [ -e "$h" ] && mount --bind /dev/null "$h"; done; '
if unshare --mount true 2>/dev/null; then
  echo "engine-only: building with libcmark's headers hidden"
  unshare --mount bash -c "$hide $build"
else
  echo "engine-only: cannot hide libcmark's headers here (no mount namespace); building with them"
  bash -c "$build"
fi
compiled=$(ls "$scratch/debug" | grep '\.build$' | sed 's/\.build$//' | sort | tr '\n' ' ')
echo "engine-only: compiled modules: $compiled"
for unwanted in CCmark LessonFormat LessonCompiler LessonPlugin Notebook Site CourseCLI ArgumentParser Mustache; do
  if [ -d "$scratch/debug/$unwanted.build" ]; then
    echo "engine-only: FAILED, the build compiled $unwanted"; exit 1
  fi
done
echo "engine-only: passed"
