#!/usr/bin/env bash
# Run every cargo-fuzz target in fuzz/: replay its checked-in corpus, then
# fuzz it for SECONDS. Fails on the first crash, and says where the input is.
#
#   scripts/fuzz.sh SECONDS [KEEP_DIR]
#
# New inputs go to KEEP_DIR/<target> (kept between runs) or, by default, to a
# temp dir that is removed: never into fuzz/corpus/, which is curated by hand.
# Crashing inputs go to $CARGO_TARGET_DIR/fuzz-artifacts/<target>/.
set -euo pipefail

if [ "$#" -lt 1 ]; then
    echo "usage: $0 SECONDS [KEEP_DIR]" >&2
    exit 2
fi
seconds="$1"
keep="${2:-}"
cd "$(dirname "$0")/.."
target_dir="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
targets=(backup_import protocol_decode)
# cargo fuzz passes a few nightly-only flags to rustc; RUSTC_BOOTSTRAP lets the
# stable toolchain take them. `-s none`: see fuzz/README.md.
fuzz=(env RUSTC_BOOTSTRAP=1 cargo fuzz)
flags=(-s none)

tmp="$(mktemp -d -t brim-fuzz.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

"${fuzz[@]}" build "${flags[@]}" 2>"$tmp/build.log" || { cat "$tmp/build.log" >&2; exit 1; }
for t in "${targets[@]}"; do
    work="${keep:+$keep/$t}"
    work="${work:-$tmp/$t}"
    artifacts="$target_dir/fuzz-artifacts/$t/"
    mkdir -p "$work" "$artifacts"
    seeds="$(find "fuzz/corpus/$t" -type f | wc -l)"
    status=0
    "${fuzz[@]}" run "${flags[@]}" "$t" "$work" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts" >"$tmp/$t.log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$tmp/$t.log")"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$tmp/$t.log")"
    found="$(sed -n 's/^stat::new_units_added: *//p' "$tmp/$t.log")"
    if [ "$status" -ne 0 ]; then
        grep -E "panicked at|assertion|Test unit written|SUMMARY|ERROR" -A2 "$tmp/$t.log" | head -n 40 >&2
        echo "fuzz $t: FAILED after ${runs:-?} runs; the input is in $artifacts" >&2
        echo "  reproduce: RUSTC_BOOTSTRAP=1 cargo fuzz run -s none $t <that file>" >&2
        exit 1
    fi
    echo "fuzz $t: $seeds corpus inputs replayed, then ${seconds}s: ${runs:-?} runs (${rate:-?}/s), ${found:-0} new inputs, 0 crashes"
done
