#!/bin/sh
# Start-up time, idle memory and sizes of the release app, next to the floor
# (bench/floor-app, an empty Tauri 2 app built the same way). See BENCHMARKS.md,
# "The app (release build)". Builds what it needs (one cargo at a time), then
# measures under Xvfb. On 2 cores: ~5 min per cold release build, ~5 min of runs.
#
#   bench/startup/run.sh                  # 15 start-ups of each app, 3 × 30 s idle each
#   RUNS=5 IDLE=10 MEMORY_RUNS=1 bench/startup/run.sh   # a quick look
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
RUNS=${RUNS:-15}
IDLE=${IDLE:-30}
MEMORY_RUNS=${MEMORY_RUNS:-3}
RESULTS="$CARGO_TARGET_DIR/bench-results"
mkdir -p "$RESULTS"

# 1. The UI bundle and the release app, as shipped.
[ -d ui/node_modules ] || (cd ui && npm ci)
(cd ui && npm run build)
cargo build --release -p brim-tauri --features custom-protocol
# 2. The floor, built the same way (same profile, same feature, same target dir).
cargo build --release --features custom-protocol --manifest-path bench/floor-app/Cargo.toml
# 3. The 100,000-moment journal: the brim-core benchmark's fixture (built once, ~15 s + its build).
VERSION=$(sed -n 's/^const FIXTURE_VERSION: u32 = \([0-9]*\);/\1/p' crates/brim-core/benches/journal.rs)
FIXTURE="$CARGO_TARGET_DIR/bench-fixtures/journal-100000-v$VERSION.sqlite"
[ -f "$FIXTURE" ] || cargo bench -p brim-core --bench journal -- --list >/dev/null
# 4. The measuring program.
cargo build --manifest-path bench/startup/Cargo.toml

# 5. Sizes.
{
  echo "release binaries (stripped by the profile), bytes:"
  for b in brim brim-floor; do
    printf '  %-11s %s  (%s)\n' "$b" "$(stat -c %s "$CARGO_TARGET_DIR/release/$b")" \
      "$(file -b "$CARGO_TARGET_DIR/release/$b" 2>/dev/null | grep -o 'not stripped\|stripped' || true)"
  done
  total=0
  echo "ui/dist/assets, gzip -9 bytes:"
  for f in ui/dist/assets/*; do
    z=$(gzip -9 -c "$f" | wc -c)
    total=$((total + z))
    printf '  %-34s raw %8s  gzip %7s\n' "$(basename "$f")" "$(stat -c %s "$f")" "$z"
  done
  z=$(gzip -9 -c ui/dist/index.html | wc -c)
  echo "  total of assets, gzip: $total  (index.html adds $z)"
} | tee "$RESULTS/sizes.txt"

# 6. Start-up and memory, under a virtual display.
timeout 1800 xvfb-run -a -s "-screen 0 1024x768x24" \
  "$CARGO_TARGET_DIR/debug/brim-startup" \
  --brim "$CARGO_TARGET_DIR/release/brim" \
  --floor "$CARGO_TARGET_DIR/release/brim-floor" \
  --fixture "$FIXTURE" \
  --work "$CARGO_TARGET_DIR/tmp/startup-bench" \
  --out "$RESULTS/startup.json" \
  --runs "$RUNS" --idle "$IDLE" --memory-runs "$MEMORY_RUNS" | tee "$RESULTS/startup.md"
