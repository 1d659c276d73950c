# Teilhabe: the two commands of the README, and a few more for development.
.PHONY: run test tools lint e2e bench fuzz clean

## make run: install what is missing, build, and serve the app with demo data on http://127.0.0.1:8080/
## (TEILHABE_CHECK=1 make run: the same, then serve on a free port, fetch the pages and the API, stop)
run:
	@bash scripts/run.sh

## make test: install the test tools and run every check, browser tests included
test:
	@bash scripts/test.sh

## make bench: criterion benches and HTTP load on SQLite and PostgreSQL (see BENCHMARKS.md)
bench:
	@bash scripts/bench.sh

## make fuzz: cargo fuzz on the parsers of outside input, FUZZ_SECONDS per target (default 60)
fuzz:
	@bash scripts/fuzz.sh

tools:
	@bash scripts/tools.sh test

lint:
	shellcheck scripts/*.sh .ci/run
	python3 scripts/module_cycles.py backend/src
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p teilhabe-frontend --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p teilhabe-staff-frontend --target wasm32-unknown-unknown --all-targets -- -D warnings

e2e:
	trunk build --release && bash scripts/staff.sh build && cargo build --profile server -p teilhabe-backend
	cd e2e && TEILHABE_BIN=../target/server/teilhabe npx playwright test

clean:
	cargo clean
	rm -rf dist .tools e2e/node_modules
