# A thin wrapper over CMake. `make run` and `make test` install what is missing first.
BUILD ?= build
PREFIX ?= /usr/local
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The nested makes CMake runs would otherwise print "Entering directory" around everything.
MAKEFLAGS += --no-print-directory
# What `make uninstall` removes: the list the last `make install` from $(BUILD) wrote.
MANIFEST ?= $(BUILD)/install_manifest.txt

.PHONY: all deps build run test install uninstall deb bench bench-serve fuzz memcheck clean

all: build

deps:
	@./.ci/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The main job: the overview of the dataset.
run: build
	@./$(BUILD)/cica report overview

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# `make install PREFIX=/opt/cica`; DESTDIR=/stage stages the files under /stage (for packagers).
install: build
	@DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix $(PREFIX)

# Removes the files in $(MANIFEST) (paths without DESTDIR: give the same DESTDIR again), then
# cica's own share/doc/cica folder once empty; folders shared with other programs stay.
uninstall:
	@test -f "$(MANIFEST)" || { echo "make uninstall: no $(MANIFEST): nothing was installed from $(BUILD)" >&2; exit 1; }
	@while IFS= read -r f || [ -n "$$f" ]; do f="$(DESTDIR)$$f"; \
	  if [ -e "$$f" ] || [ -L "$$f" ]; then rm -f -- "$$f" && echo "removed $$f"; fi; done < "$(MANIFEST)"
	@sed -n -e 's|/share/doc/cica/.*|/share/doc/cica|p' -e 's|/share/cica/.*|/share/cica|p' "$(MANIFEST)" | sort -u | \
	  while IFS= read -r d; do d="$(DESTDIR)$$d"; [ ! -d "$$d" ] || find "$$d" -depth -type d -empty -delete; done

# The Debian package $(BUILD)/cica_VERSION_ARCH.deb (files under /usr); .ci/deb-check tests it.
deb: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_INSTALL_PREFIX=/usr $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@cd $(BUILD) && cpack -G DEB

# Performance figures (bench/README.md): a Release build in $(BUILD)-bench, then bench/run, which
# prints Markdown tables (a few minutes: it runs every workload under callgrind). No timing checks
# are part of `make test`.
bench: deps
	@cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD)-bench -j $(JOBS)
	@./bench/run --build $(BUILD)-bench $(BENCH_FLAGS)

# `cica serve` under load (bench/serve: wrk, beside a static server of the --export copy), the
# same Release build; BENCH_SERVE_FLAGS="--seconds 5 --requests 20000" for a shorter run.
bench-serve: deps
	@cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD)-bench -j $(JOBS)
	@./bench/serve --build $(BUILD)-bench $(BENCH_SERVE_FLAGS)

# The libFuzzer targets of tests/fuzz (clang), each for FUZZ_SECONDS: `make fuzz FUZZ_SECONDS=600`.
FUZZ_BUILD ?= $(BUILD)-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= cmdline date query match script
fuzz:
	@./.ci/install-deps clang libclang-rt-14-dev
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCICA_FUZZ=ON -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# valgrind memcheck over representative runs and the specs; `make memcheck MEMCHECK=full` adds
# every cram test. Fails on any memory error and any definite or indirect leak.
MEMCHECK ?=
memcheck: build
	@./.ci/install-deps valgrind
	@tests/memcheck/run.sh $(BUILD)/cica $(MEMCHECK)

clean:
	rm -rf $(BUILD) $(BUILD)-bench
