#!/bin/sh
# The long fuzzing run: writes the seeds, then fuzzes until -max_total_time (default 50
# minutes) or the first failure. Extra libFuzzer flags are passed on, e.g. -runs=100000.
# Run from the repository root with atheris installed: pip install -e '.[fuzz]'.
set -e
cd "$(dirname "$0")"
mkdir -p corpus artifacts
python seeds.py seeds
exec nice -n 10 python pipeline.py -dict=recipe.dict -timeout=10 -rss_limit_mb=1024 -max_len=2048 \
    -max_total_time=3000 -print_final_stats=1 -artifact_prefix=artifacts/ "$@" corpus seeds
