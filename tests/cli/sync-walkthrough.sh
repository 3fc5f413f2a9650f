#!/usr/bin/env bash
# The README's sync walk-through, run as a test: two reviewers on one machine, each with an
# own store of the same deployment, sign the two halves of a red-track request; after one sync
# round each, both see it approved. First through a shared folder, then through PostgreSQL.
#   sync-walkthrough.sh CLI SAMPLES_DIR   (PostgreSQL URL in COUNTERSIGN_TEST_PG_URL)
set -euo pipefail
# The checks read English messages; the CLI speaks the locale's language (de, fr) otherwise.
export LC_ALL=C.UTF-8 LANGUAGE=
cli="$1"; samples="$2"; pg="${COUNTERSIGN_TEST_PG_URL:?the PostgreSQL part needs COUNTERSIGN_TEST_PG_URL}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
expect() { grep -q -- "$1" <<<"$2" || { echo "expected '$1' in:"; echo "$2"; exit 1; }; }
export CS_PASSPHRASE=correct-horse
for who in admin analyst risk engineer; do
    "$cli" keygen --name "$who" --out "$who.key" --passphrase-env CS_PASSPHRASE >/dev/null
done

walk() { # transport-option transport-value
    local opt="$1" target="$2" request=CS-2026-0171
    rm -f ana.db rui.db
    # The analyst's workbench starts the deployment; the risk officer's joins it by store id.
    store_id="$("$cli" init ana.db --anchor admin.key.pub | awk '/store id/ {print $3}')"
    "$cli" init rui.db --anchor admin.key.pub --store-id "$store_id" >/dev/null
    for grant in "analyst.key.pub --name Ana --email ana@bank.example --role ml_governance_analyst" \
                 "risk.key.pub --name Rui --email rui@bank.example --role risk_officer" \
                 "engineer.key.pub --name Eve --email eve@bank.example --role ml_platform_engineer"; do
        # shellcheck disable=SC2086
        "$cli" roster ana.db --identity admin.key --passphrase-env CS_PASSPHRASE grant $grant >/dev/null
    done
    "$cli" receive ana.db "$samples/pricing-automated-red" --identity engineer.key --passphrase-env CS_PASSPHRASE >/dev/null
    "$cli" sync ana.db "$opt" "$target" >/dev/null
    "$cli" sync rui.db "$opt" "$target" >/dev/null

    "$cli" sign ana.db $request --decision approve --role ml_governance_analyst --identity analyst.key --passphrase-env CS_PASSPHRASE >/dev/null
    "$cli" sign rui.db $request --decision approve --role risk_officer --identity risk.key --passphrase-env CS_PASSPHRASE >/dev/null
    out="$("$cli" sync ana.db "$opt" "$target")"; expect "sent:    1 entr" "$out"
    out="$("$cli" sync rui.db "$opt" "$target")"; expect "arrived: 1 new entry" "$out"
    "$cli" sync ana.db "$opt" "$target" >/dev/null
    expect "APPROVED" "$("$cli" state ana.db $request)"
    expect "APPROVED" "$("$cli" state rui.db $request)"
    expect "VERIFIED: 6 entries" "$("$cli" verify ana.db)"
    expect "VERIFIED: 6 entries" "$("$cli" verify rui.db)"
}

walk --folder "$work/shared-folder"
export APP_PASSWORD=app-secret
"$cli" server-init "$pg" --app-role countersign_app --app-password-env APP_PASSWORD >/dev/null
# The application role's password comes from the environment (libpq's PGPASSWORD), never the URL.
PGPASSWORD=app-secret walk --postgres "${pg/countersign@/countersign_app@}"
echo "sync walk-through: ok"
