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
	for bench in score_listening listening_speed transcription_speed score_feedback cross_validate_feedback \
		practice_loop history_speed; do \
		echo "== $$bench"; .venv/bin/python benchmarks/$$bench.py || exit 1; done

clean:
	rm -rf .venv .pytest_cache
