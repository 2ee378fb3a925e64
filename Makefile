# The two commands: `make site` builds the course site into site/, `make test` runs every
# test. Both install what they need when it is missing: the system libraries the package
# links against (found with pkg-config), and for the browser check Debian's chromium and
# chromedriver plus PyPI's selenium. apt-get runs with sudo when not root, and refreshes
# its package lists first, because a new machine knows no packages until it has.

SWIFT ?= swift
# pkg-config name : Debian package
SYSTEM_LIBRARIES := libcmark:libcmark-dev openblas:libopenblas-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends

.PHONY: site test swift-test fuzz-test browser-test engine-only-test release deps browser-deps bench bench-deps fuzz fuzz-build clean

site: release
	.build/release/course build --out site

test: swift-test fuzz-test browser-test engine-only-test

swift-test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Reads the built course and two fixture lessons in headless Chromium, on a desktop and a phone,
# in both themes: figures, layout, contrast, search, copying code, quizzes (Tests/Browser).
browser-test: deps browser-deps
	$(SWIFT) build --product course
	$(SWIFT) build --product course-fixtures
	rm -rf .build/browser-course .build/browser-fixtures
	.build/debug/course build --out .build/browser-course
	.build/debug/course-fixtures build --out .build/browser-fixtures 1 13
	python3 Tests/Browser/check_site.py .build/browser-course .build/browser-fixtures

# A package depending on the Engine product alone builds without libcmark (its headers are
# hidden for the build where the machine allows a private mount namespace).
engine-only-test: deps
	Tests/EngineOnlyPackage/check.sh

release: deps
	$(SWIFT) build -c release --product course

deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"; \
	for pair in $(SYSTEM_LIBRARIES); do \
	  pkg-config --exists $${pair%%:*} 2>/dev/null || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system libraries:$$missing"; \
	  $(APT_INSTALL) $$missing; \
	fi

browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo "Installing chromium and chromedriver"; \
	  $(APT_INSTALL) chromium chromium-driver; \
	fi
	@python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium

# The lesson readers' fuzz target (Sources/lesson-fuzz): libFuzzer mutates lesson files and
# stops at the first one on which the parser, the Swift generator, the terminal renderer and
# the HTML renderers disagree, or report a line outside the file; the input is saved in
# $(FUZZ_BUILD)/findings/. It is built with coverage into a build folder of its own.
#   make fuzz                          for ten minutes (FUZZ_SECONDS=600)
#   make fuzz FUZZ_RUNS=1000000        for a million inputs, however long they take
# New inputs that reach new code are kept in $(FUZZ_BUILD)/corpus for the next run;
# Tests/LessonFuzzTests/Corpus is the seed corpus, and a finding worth keeping goes there.
FUZZ_BUILD := .build/fuzz
FUZZ_RUNS ?= -1
FUZZ_SECONDS ?= $(if $(filter -1,$(FUZZ_RUNS)),600,0)
FUZZ_CORPUS := Tests/LessonFuzzTests/Corpus
FUZZ_OPTIONS := -dict=Tests/LessonFuzzTests/lesson.dict -max_len=4096 -artifact_prefix=$(FUZZ_BUILD)/findings/
# libFuzzer reports a failed check itself; Swift's own crash backtrace would only slow it down.
FUZZ_RUN := SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/release/lesson-fuzz $(FUZZ_OPTIONS)

fuzz: fuzz-build
	mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/findings
	$(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) -print_final_stats=1 $(FUZZ_BUILD)/corpus $(FUZZ_CORPUS)

# The short pass of `make test`: the same seed and number of inputs every time, starting
# from the seed corpus alone (about half a minute).
fuzz-test: fuzz-build
	rm -rf $(FUZZ_BUILD)/seeded && mkdir -p $(FUZZ_BUILD)/seeded $(FUZZ_BUILD)/findings
	$(FUZZ_RUN) -seed=1 -runs=6000 -print_final_stats=1 $(FUZZ_BUILD)/seeded $(FUZZ_CORPUS)

# gold fails on the instrumented objects; the toolchain's lld links them.
fuzz-build: deps
	$(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product lesson-fuzz \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -DLIBFUZZER -Xswiftc -use-ld=lld

# The engine against PyTorch, numpy and OpenBLAS on the course's workloads (not part of test):
# a table at 1 and 2 threads, and a non-zero exit when the engine's losses disagree with
# PyTorch's. The release `course` is built too, for the course's row; if it does not build,
# the row says so and the rest still runs.
bench: deps
	$(SWIFT) build -c release --product bench
	-$(SWIFT) build -c release --product course
	.build/release/bench

# numpy and PyTorch for the reference columns of `make bench`. PyTorch's default wheel
# brings gigabytes of CUDA: a CPU-only build ("+cpu") is taken when pip can see one.
bench-deps:
	python3 -m pip install --quiet numpy
	@python3 -c "import torch" 2>/dev/null || { \
	  cpu=$$(python3 -m pip index versions torch 2>/dev/null | tr ' ,' '\n\n' | grep -m1 '+cpu$$'); \
	  if [ -n "$$cpu" ]; then echo "Installing torch==$$cpu (CPU only)"; python3 -m pip install --quiet "torch==$$cpu"; \
	  else echo "No CPU-only torch wheel found; installing the default one"; python3 -m pip install --quiet torch; fi; }

clean:
	rm -rf .build site
