#!/usr/bin/env python3
"""Writes the package fixtures of tests/package/tst_packageloader.cpp.

    python3 tests/data/packages/make_fixtures.py

valid-tiny/ is a small, complete ml_model package. broken/<case>/ each break one thing
(see README.md). The SHA-256 values in the manifests are computed here, so a case is
broken only in the way its name says. Symbolic links and archives are not stored: the
test builds them in a temporary folder. Output is deterministic; run it after changing
a case and commit the result.
"""

import copy
import hashlib
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(folder: pathlib.Path, files: dict) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def with_artifacts(manifest: dict, artifacts: list) -> dict:
    """artifacts: (path, bytes or a sha256 string, role)."""
    out = copy.deepcopy(manifest)
    out["artifacts"] = [
        {"path": path, "sha256": data if isinstance(data, str) else sha256(data), "role": role}
        for path, data, role in artifacts
    ]
    return out


# --- valid-tiny: every kind of data file, a few rows each -------------------------------

VALID_EVALUATION = (
    b"row_id,label,score,baseline_score,sex,region\n"
    b"r01,1,0.91,0.85,female,north\n"
    b"r02,0,0.12,0.20,male,south\n"
    b"r03,1,0.67,0.40,female,\"north, east\"\n"
    b"r04,0,0.45,0.55,male,west\n"
    b"r05,1,0.30,0.35,,south\n"
    b"r06,0,0.05,0.10,female,north\n"
    b"r07,1,0.88,0.92,male,east\n"
    b"r08,0,0.51,0.49,female,west\n"
    b"r09,0,0.2,0.3,male,north\n"
    b"r10,1,1,0.97,female,south\n"
)

VALID_ATTRIBUTIONS = (
    b"row_id,income,tenure,channel\n"
    b"r01,0.40,-0.10,0.05\n"
    b"r02,-0.30,0.02,-0.01\n"
    b"r03,0.25,0.15,0.00\n"
    b"r04,-0.05,0.20,0.10\n"
    b"r05,0.10,-0.20,0.03\n"
    b"r06,-0.35,-0.05,-0.02\n"
    b"r07,0.45,0.05,0.01\n"
    b"r08,0.02,0.03,-0.04\n"
    b"r09,-0.20,0.01,0.02\n"
    b"r10,0.50,0.10,0.06\n"
)

VALID_REFERENCE = (
    b"income,tenure,channel,note\n"
    b"52000,3,web,1\n"
    b"61000,10,branch,2\n"
    b"38000,1,web,\n"
    b"75000,7,phone,4\n"
    b"44000,,web,5\n"
    b"58000,4,branch,6\n"
)

VALID_CURRENT = (
    b"income,tenure,channel,note\n"
    b"50000,2,web,x\n"
    b"67000,12,phone,y\n"
    b"39000,1,web,\n"
    b"80000,6,web,z\n"
    b"47000,5,,w\n"
    b"59000,3,branch,v\n"
)

VALID_MANIFEST = {
    "schema": "countersign.package/v1",
    "id": "CS-TEST-0001",
    "kind": "ml_model",
    "name": "tiny-credit-model",
    "version": "1.1.0",
    "submitted_by": "test.submitter@example-bank.com",
    "submitted_at": "2026-01-15T09:00:00Z",
    "summary": "A ten-row package for the loader tests.",
    "requested_track": "yellow",
    "use_case": {
        "domain": "recommendation",
        "decision": "advisory",
        "customer_facing": False,
        "regulations": [],
    },
    "model": {
        "architecture": "logistic_regression",
        "baseline_version": "1.0.0",
        "baseline_architecture": "logistic_regression",
        "primary_metric": "auc",
        "decision_threshold": 0.5,
        "adverse_outcome": "high_score",
    },
    "features": [
        {"name": "income", "source": "core_banking.accounts", "status": "existing", "type": "numeric"},
        {"name": "tenure", "source": "core_banking.accounts", "status": "existing", "type": "numeric"},
        {"name": "channel", "source": "core_banking.accounts", "status": "new", "type": "categorical"},
    ],
    "data_sources": [
        {"name": "core_banking.accounts", "registry_ref": "DR-0001", "contains_pii": False,
         "pii_approval_ref": None},
    ],
    "protected_attributes": ["sex"],
    "reported_metrics": {"auc": 0.8},
    "tests": {"automated_passed": True, "suite": "unit", "report": None},
    "x_test_note": "an unknown key, kept",
}


def valid_tiny() -> None:
    files = {
        "evaluation.csv": VALID_EVALUATION,
        "attributions.csv": VALID_ATTRIBUTIONS,
        "reference.csv": VALID_REFERENCE,
        "current.csv": VALID_CURRENT,
    }
    manifest = with_artifacts(VALID_MANIFEST, [
        ("evaluation.csv", VALID_EVALUATION, "evaluation"),
        ("attributions.csv", VALID_ATTRIBUTIONS, "attributions"),
        ("reference.csv", VALID_REFERENCE, "drift_reference"),
        ("current.csv", VALID_CURRENT, "drift_current"),
    ])
    write(HERE / "valid-tiny", {"manifest.json": manifest_bytes(manifest), **files})


# --- broken/<case>: a small manifest and evaluation.csv, one thing wrong ---------------

BASE_MANIFEST = {
    "schema": "countersign.package/v1",
    "id": "CS-TEST-BROKEN",
    "kind": "ml_model",
    "name": "broken-case",
    "version": "1.0.0",
    "use_case": {"domain": "internal_ops", "decision": "advisory"},
    "model": {"architecture": "glm", "primary_metric": "auc", "decision_threshold": 0.5,
              "adverse_outcome": "high_score"},
    "protected_attributes": ["sex"],
}

GOOD_EVALUATION = (
    b"row_id,label,score,baseline_score,sex\n"
    b"r1,1,0.9,0.8,female\n"
    b"r2,0,0.2,0.3,male\n"
    b"r3,1,0.7,0.6,female\n"
    b"r4,0,0.4,0.5,male\n"
)


def evaluation_with(rows: bytes) -> bytes:
    return b"row_id,label,score,baseline_score,sex\n" + rows


def broken_case(name: str, evaluation: bytes = None, manifest: dict = None, listed=None,
                raw_manifest: bytes = None) -> None:
    """evaluation: the file's bytes (None: no file). listed: the artifacts in the manifest,
    default evaluation.csv with the SHA-256 of `evaluation`."""
    files = {}
    if evaluation is not None:
        files["evaluation.csv"] = evaluation
    if raw_manifest is not None:
        files["manifest.json"] = raw_manifest
    else:
        if listed is None:
            listed = [("evaluation.csv", evaluation, "evaluation")]
        files["manifest.json"] = manifest_bytes(with_artifacts(manifest or BASE_MANIFEST, listed))
    write(HERE / "broken" / name, files)


def broken() -> None:
    root = HERE / "broken"
    if root.exists():
        shutil.rmtree(root)

    broken_case("bad-json", GOOD_EVALUATION,
                raw_manifest=b'{\n  "schema": "countersign.package/v1",\n  "id": "CS-1",\n  "kind" "ml_model"\n}\n')
    wrong_schema = dict(BASE_MANIFEST, schema="countersign.package/v2")
    broken_case("wrong-schema", GOOD_EVALUATION, manifest=wrong_schema)
    broken_case("missing-listed-file", None,
                listed=[("evaluation.csv", sha256(GOOD_EVALUATION), "evaluation")])
    broken_case("sha256-mismatch", GOOD_EVALUATION,
                listed=[("evaluation.csv", sha256(GOOD_EVALUATION + b"r5,1,0.9,0.8,male\n"), "evaluation")])
    broken_case("label-2", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,0.2,0.3,male\n"
        b"r3,2,0.7,0.6,female\n"))
    broken_case("score-abc", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,abc,0.3,male\n"))
    broken_case("score-out-of-range", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,1.5,0.3,male\n"))
    # The last row is cut after its second field, with no final line break.
    broken_case("truncated-row", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,0.2,0.3,male\n"
        b"r3,1"))
    # Cut inside a quoted field.
    broken_case("truncated-in-quotes", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,0.2,0.3,\"ma"))
    broken_case("ragged-row", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,0.2,0.3,male,extra\n"
        b"r3,1,0.7,0.6,female\n"))
    broken_case("blank-line", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"\n"
        b"r2,0,0.2,0.3,male\n"))
    broken_case("duplicate-row-id", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,0.2,0.3,male\n"
        b"r1,1,0.7,0.6,female\n"))
    broken_case("parent-artifact-path", GOOD_EVALUATION,
                listed=[("../evaluation.csv", GOOD_EVALUATION, "evaluation")])
    broken_case("absolute-artifact-path", GOOD_EVALUATION,
                listed=[("/etc/passwd", GOOD_EVALUATION, "evaluation")])
    broken_case("empty-manifest", GOOD_EVALUATION, raw_manifest=b"")
    broken_case("empty-evaluation", b"")
    broken_case("non-utf8-category", evaluation_with(
        b"r1,1,0.9,0.8,female\n"
        b"r2,0,0.2,0.3,ma\xffle\n"))
    # 120 rows: about 2.6 kB, over the 2000-byte limit the test passes; the manifest is under it.
    broken_case("over-size-limit", evaluation_with(
        b"".join(b"r%03d,%d,0.%02d,0.50,female\n" % (i, i % 2, i % 100) for i in range(120))))
    two_attributes = dict(BASE_MANIFEST, protected_attributes=["sex", "age_band"])
    broken_case("missing-protected-column", GOOD_EVALUATION, manifest=two_attributes)
    broken_case("no-manifest", GOOD_EVALUATION, raw_manifest=None, listed=[])
    (root / "no-manifest" / "manifest.json").unlink()


if __name__ == "__main__":
    valid_tiny()
    broken()
