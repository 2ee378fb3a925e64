# The two commands: `make site` builds the course site into site/, `make test` runs every
# test. Both install the system libraries the package links against when pkg-config cannot
# find them (Debian/Ubuntu: apt-get, with sudo when not root).

SWIFT ?= swift
# pkg-config name : Debian package
SYSTEM_LIBRARIES := libcmark:libcmark-dev openblas:libopenblas-dev

.PHONY: site test deps release clean

site: release
	.build/release/course build --out site

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release --product course

deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"; \
	for pair in $(SYSTEM_LIBRARIES); do \
	  name=$${pair%%:*}; package=$${pair##*:}; \
	  pkg-config --exists $$name 2>/dev/null || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  echo "Installing system libraries:$$missing"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean:
	rm -rf .build site
