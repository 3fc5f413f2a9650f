#!/usr/bin/env bash
# The README's audit walk-through, run as a test: an administrator and three reviewers, a store,
# a roster, a red-track sample received, signed by an analyst and a risk officer, approved,
# verified clean; then one byte changed with the sqlite3 shell, and verify names the entry.
#   audit-walkthrough.sh CLI SAMPLES_DIR
set -euo pipefail
# The checks read English messages; the CLI speaks the locale's language (de, fr) otherwise.
export LC_ALL=C.UTF-8 LANGUAGE=
cli="$1"; samples="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
expect() { grep -q -- "$1" <<<"$2" || { echo "expected '$1' in:"; echo "$2"; exit 1; }; }

export CS_PASSPHRASE=correct-horse
for who in admin analyst risk engineer; do
    "$cli" keygen --name "$who" --out "$who.key" --passphrase-env CS_PASSPHRASE >/dev/null
done
"$cli" init store.db --anchor admin.key.pub
"$cli" roster store.db --identity admin.key --passphrase-env CS_PASSPHRASE \
    grant analyst.key.pub --name "Ana Analyst" --email ana@bank.example --role ml_governance_analyst
"$cli" roster store.db --identity admin.key --passphrase-env CS_PASSPHRASE \
    grant risk.key.pub --name "Rui Risk" --email rui@bank.example --role risk_officer
"$cli" roster store.db --identity admin.key --passphrase-env CS_PASSPHRASE \
    grant engineer.key.pub --name "Eve Engineer" --email eve@bank.example --role ml_platform_engineer
"$cli" receive store.db "$samples/pricing-automated-red" --identity engineer.key --passphrase-env CS_PASSPHRASE

request=CS-2026-0171
out="$("$cli" sign store.db $request --decision approve --role ml_governance_analyst \
    --identity analyst.key --passphrase-env CS_PASSPHRASE)"
expect "is now pending" "$out"
# The same person may not take the second required role; the rules refuse with exit 1.
set +e; out="$("$cli" sign store.db $request --decision approve --role risk_officer \
    --identity analyst.key --passphrase-env CS_PASSPHRASE 2>&1)"; rc=$?; set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1, got $rc: $out"; exit 1; }
expect "does not grant you the role risk_officer" "$out"
out="$("$cli" sign store.db $request --decision approve --role risk_officer \
    --identity risk.key --passphrase-env CS_PASSPHRASE)"
expect "is now approved" "$out"

out="$("$cli" state store.db $request)"
expect "Request $request: APPROVED" "$out"
expect "risk_officer: approve by Rui Risk" "$out"
out="$("$cli" verify store.db --anchor admin.key.pub)"
expect "VERIFIED: 6 entries in 4 feeds" "$out"
# An auditor given another key as the anchor is told the store answers to someone else.
set +e; out="$("$cli" verify store.db --anchor risk.key.pub)"; rc=$?; set -e
[ "$rc" -eq 3 ] || { echo "verify --anchor with the wrong key should exit 3, got $rc"; exit 1; }
expect "PROBLEM anchor_mismatch (fatal): the store's trust anchor is" "$out"

# An attacker with the file changes one byte of the risk officer's decision.
victim="$(sqlite3 store.db "SELECT id FROM entries WHERE type='decision' ORDER BY row DESC LIMIT 1")"
sqlite3 store.db "DROP TRIGGER entries_append_only_update;
  UPDATE entries SET signed = CAST(replace(CAST(signed AS TEXT), 'approve', 'apprOve') AS BLOB) WHERE id = '$victim';"
set +e; out="$("$cli" verify store.db)"; rc=$?; set -e
[ "$rc" -eq 3 ] || { echo "verify should exit 3, got $rc"; exit 1; }
expect "PROBLEM id_mismatch: entry $victim" "$out"
expect "PROBLEM bad_signature: entry $victim" "$out"
echo "audit walk-through: ok"
