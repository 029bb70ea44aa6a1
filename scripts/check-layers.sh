#!/usr/bin/env bash
# The tree's dependency rules, checked on the source (doc comments aside):
#
# 1. the core's folders depend one way, each on those before it only:
#    i18n → text → model → formats → classroom → corpus → store → keymap → state
# 2. the browser edge (src/browser) never uses the interface (src/ui);
# 3. only src/browser (and the entry point, src/lib.rs) names web-sys,
#    js-sys, wasm-bindgen or gloo; the interface reaches the browser through it.
#
# Exits non-zero, naming file and line, at the first broken rule.
set -euo pipefail
cd "$(dirname "$0")/.."

order=(i18n text model formats classroom corpus store keymap state)
failed=0

# Lines of code (not `//` comments) in $1 matching the extended regex $2.
code_matching() {
    grep -rnE "$2" "$1" --include='*.rs' | grep -vE '^[^:]+:[0-9]+:\s*//' || true
}

for i in "${!order[@]}"; do
    later=("${order[@]:i+1}")
    [ ${#later[@]} -eq 0 ] && continue
    pattern="crate::($(IFS='|'; echo "${later[*]}"))\b"
    hits=$(code_matching "core/src/${order[i]}" "$pattern")
    if [ -n "$hits" ]; then
        echo "core/src/${order[i]} may only use folders before it (${order[*]:0:i}):" >&2
        echo "$hits" >&2
        failed=1
    fi
done

hits=$(code_matching src/browser 'crate::ui\b')
if [ -n "$hits" ]; then
    echo "src/browser must not use the interface (src/ui):" >&2
    echo "$hits" >&2
    failed=1
fi

hits=$(code_matching src/ui '\b(web_sys|js_sys|wasm_bindgen(_futures)?|gloo[a-z_]*)::')
if [ -n "$hits" ]; then
    echo "src/ui reaches the browser only through src/browser:" >&2
    echo "$hits" >&2
    failed=1
fi

[ "$failed" -eq 0 ] && echo "layers: core folders one way, browser edge alone with the browser"
exit "$failed"
