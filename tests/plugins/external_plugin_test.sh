#!/usr/bin/env bash
# external_plugin_test.sh <build dir> <source dir>
# The plugin story as a third party lives it: install the build into a temporary prefix,
# build docs/plugin-example against that prefix with find_package(NaikKelas), then list
# and run it with the installed naikkelas. Registered as ctest plugin_external_build
# (tests/plugins/fixtures/CMakeLists.txt); needs the build to be complete.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 <build dir> <source dir>" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
SOURCE=$(cd "$2" && pwd)
EXAMPLE_SOURCE="$SOURCE/docs/plugin-example"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nk_external_plugin.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PREFIX="$WORK/prefix"
EXAMPLE_BUILD="$WORK/example-build"
LOG="$WORK/log"

fail() {
    echo "FAIL: $*" >&2
    if [[ -s "$LOG" ]]; then
        echo "---- output of the failed step ----" >&2
        cat "$LOG" >&2
    fi
    exit 1
}
step() { echo "== $*"; }
# Runs a command, keeping its output in $LOG for fail().
quiet() { "$@" >"$LOG" 2>&1; }
# The user's own plugin path must not leak into what this test sees.
unset NAIKKELAS_PLUGIN_PATH

step "cmake --install into $PREFIX"
quiet cmake --install "$BUILD" --prefix "$PREFIX" || fail "cmake --install $BUILD failed"
for f in bin/naikkelas include/naikkelas/plugin_api.h include/naikkelas/plugin.hpp \
    lib/cmake/NaikKelas/NaikKelasConfig.cmake lib/cmake/NaikKelas/NaikKelasConfigVersion.cmake \
    lib/cmake/NaikKelas/NaikKelasTargets.cmake lib/cmake/NaikKelas/NaikKelasPlugin.cmake; do
    [[ -e "$PREFIX/$f" ]] || fail "the install has no $f"
done
# A plugin sees the ABI only: no core header may be installed.
extra=$(cd "$PREFIX/include/naikkelas" && ls | grep -v -x -e plugin_api.h -e plugin.hpp || true)
[[ -z "$extra" ]] || fail "headers beyond the plugin ABI were installed: $extra"
builtins=$(ls "$PREFIX/lib/naikkelas/plugins" 2>/dev/null | sed -n 's/\.so$//p' || true)
echo "installed builtins: $(echo ${builtins:-none})"

step "configure docs/plugin-example against the installed package"
# The build's compiler, so that the example meets the same standard library; the user
# package registry is off so that only the temporary prefix can satisfy find_package.
CXX_COMPILER=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
quiet cmake -S "$EXAMPLE_SOURCE" -B "$EXAMPLE_BUILD" -DCMAKE_PREFIX_PATH="$PREFIX" \
    ${CXX_COMPILER:+-DCMAKE_CXX_COMPILER="$CXX_COMPILER"} -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF ||
    fail "configuring $EXAMPLE_SOURCE with CMAKE_PREFIX_PATH=$PREFIX failed"
found=$(sed -n 's/^NaikKelas_DIR:PATH=//p' "$EXAMPLE_BUILD/CMakeCache.txt")
[[ "$found" == "$PREFIX/lib/cmake/NaikKelas" ]] ||
    fail "find_package(NaikKelas) used '$found', not the temporary prefix"

step "build the example plugin"
quiet cmake --build "$EXAMPLE_BUILD" -j2 || fail "building the example plugin failed"
MODULE="$EXAMPLE_BUILD/savings_group.so"
[[ -f "$MODULE" ]] || fail "the example build made no savings_group.so"
# naikkelas_add_plugin leaves the entry symbol as a module's only export, for the
# example as for every installed builtin.
for module in "$MODULE" "$PREFIX"/lib/naikkelas/plugins/*.so; do
    exports=$(nm -D --defined-only "$module" | awk '$2 ~ /[TDBVWRui]/ {print $3}')
    [[ "$exports" == "nk_plugin_entry" ]] ||
        fail "$(basename "$module") exports more than nk_plugin_entry: $(echo $exports)"
done

NK="$PREFIX/bin/naikkelas"
step "naikkelas plugins --plugin-dir <example build>"
quiet "$NK" plugins --plugin-dir "$EXAMPLE_BUILD" || fail "naikkelas plugins exited non-zero"
grep -q savings_group "$LOG" || fail "naikkelas plugins does not list savings_group"
# The installed builtins are found through <exe dir>/../lib/naikkelas/plugins.
for b in $builtins; do
    grep -q "$b" "$LOG" || fail "naikkelas plugins does not list the installed builtin $b"
done

SCENARIO="$EXAMPLE_SOURCE/example.yaml"
step "naikkelas run example.yaml --plugin-dir <example build>"
quiet "$NK" run "$SCENARIO" --plugin-dir "$EXAMPLE_BUILD" --lang en ||
    fail "naikkelas run with the example plugin exited non-zero"
grep -q savings_group "$LOG" || fail "the run's output does not mention savings_group"

step "the plugin has its effect: fewer closures in the program arm"
quiet "$NK" run "$SCENARIO" --plugin-dir "$EXAMPLE_BUILD" --format json ||
    fail "naikkelas run --format json exited non-zero"
# Closure x0.82 (exit_mult 0.8 in 90 % of groups) on ~30 active enterprises over 36 months
# keeps about 1.4 more active; with no effect (e.g. modifiers reaching the wrong arm) it is 0.
additional=$(grep -A3 '"additional_active"' "$LOG" | sed -n 's/.*"mean": *\([-+0-9.eE]*\).*/\1/p' |
    head -n 1)
awk -v a="${additional:-0}" 'BEGIN { exit !(a > 0.5) }' ||
    fail "additional active enterprises at the horizon is '${additional}', expected above 0.5"

step "naikkelas run example.yaml with NAIKKELAS_PLUGIN_PATH"
NAIKKELAS_PLUGIN_PATH="$EXAMPLE_BUILD" quiet "$NK" run "$SCENARIO" --lang en ||
    fail "naikkelas run with NAIKKELAS_PLUGIN_PATH=$EXAMPLE_BUILD exited non-zero"

step "naikkelas run example.yaml without the plugin must refuse"
if quiet "$NK" run "$SCENARIO" --lang en; then
    fail "a scenario naming savings_group ran without the plugin installed"
fi
grep -q savings_group "$LOG" || fail "the refusal does not name savings_group"

step "naikkelas run example.yaml --out: the manifest records the module"
OUT="$WORK/out"
quiet "$NK" run "$SCENARIO" --plugin-dir "$EXAMPLE_BUILD" --lang en --out "$OUT" ||
    fail "naikkelas run --out exited non-zero"
[[ -f "$OUT/manifest.json" ]] || fail "no manifest.json in $OUT"
digest=$(sha256sum "$MODULE" | cut -d' ' -f1)
grep -q savings_group "$OUT/manifest.json" || fail "manifest.json does not mention savings_group"
grep -q "$digest" "$OUT/manifest.json" ||
    fail "manifest.json does not hold the sha256 of savings_group.so ($digest)"

step "cmake --install the example into the same prefix: found without --plugin-dir"
quiet cmake --install "$EXAMPLE_BUILD" --prefix "$PREFIX" || fail "installing the example failed"
[[ -f "$PREFIX/lib/naikkelas/plugins/savings_group.so" ]] ||
    fail "the example did not install into lib/naikkelas/plugins"
quiet "$NK" plugins || fail "naikkelas plugins exited non-zero after installing the example"
grep -q savings_group "$LOG" || fail "naikkelas plugins does not list the installed savings_group"

echo "OK: installed, built docs/plugin-example against the package, listed and ran it"
