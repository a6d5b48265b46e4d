# The two commands of the README: `make demo` and `make test`. Each sets up what it needs first.
.PHONY: setup setup-test demo test bench clean

setup:
	@bash scripts/setup.sh runtime

setup-test:
	@bash scripts/setup.sh test

demo: setup
	.venv/bin/voicecoach demo

test: setup-test
	.venv/bin/python -m pytest -q

bench: setup-test
	.venv/bin/python benchmarks/run_all.py

clean:
	rm -rf .venv .pytest_cache
