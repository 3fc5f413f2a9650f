#!/usr/bin/env python3
"""Check `countersign-cli review --json` metrics against the independent Python reference.

  python3 compare_metrics.py --cli PATH/countersign-cli [--policy FILE] PACKAGE [PACKAGE...]
  python3 compare_metrics.py --self-test

For every package: run `countersign-cli review PACKAGE --json` (exit 0 or 1 are fine, anything
else is a failure), take its `metrics` member, compute reference_review.py's metrics and compare
them recursively: same keys, same nulls, numbers within 1e-9 relative or 1e-12 absolute, strings
and booleans equal, arrays element by element. Every difference is printed with its JSON path; the
last line is `N passed, M failed` (packages) and the exit status is non-zero when M > 0.

With --policy the file is passed on to the tool and its fairness.min_group_size (default 30) is
used by the reference too.
"""

import argparse
import json
import math
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_review as ref  # noqa: E402

REL_TOL = 1e-9
ABS_TOL = 1e-12


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def numbers_equal(a, b):
    if a == b:
        return True
    if not (math.isfinite(a) and math.isfinite(b)):
        return False
    diff = abs(a - b)
    return diff <= ABS_TOL or diff <= REL_TOL * max(abs(a), abs(b))


def _path_key(path, key):
    if isinstance(key, str) and key.isidentifier():
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def compare(actual, expected, path="$"):
    """Differences between the tool's value (actual) and the reference's (expected)."""
    diffs = []
    if expected is None or actual is None:
        if not (expected is None and actual is None):
            diffs.append(f"{path}: cli {_show(actual)}, reference {_show(expected)}")
    elif isinstance(expected, bool) or isinstance(actual, bool):
        if not (isinstance(expected, bool) and isinstance(actual, bool) and expected == actual):
            diffs.append(f"{path}: cli {_show(actual)}, reference {_show(expected)}")
    elif _is_number(expected) and _is_number(actual):
        if not numbers_equal(actual, expected):
            diffs.append(f"{path}: cli {actual!r}, reference {expected!r} "
                         f"(diff {abs(actual - expected):.3g})")
    elif isinstance(expected, str) and isinstance(actual, str):
        if expected != actual:
            diffs.append(f"{path}: cli {_show(actual)}, reference {_show(expected)}")
    elif isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                diffs.append(f"{_path_key(path, key)}: missing in cli output "
                             f"(reference {_show(expected[key])})")
        for key in actual:
            if key not in expected:
                diffs.append(f"{_path_key(path, key)}: not in reference (cli {_show(actual[key])})")
        for key in expected:
            if key in actual:
                diffs.extend(compare(actual[key], expected[key], _path_key(path, key)))
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            diffs.append(f"{path}: cli has {len(actual)} elements, reference {len(expected)}")
        for i, (a, e) in enumerate(zip(actual, expected)):
            diffs.extend(compare(a, e, f"{path}[{i}]"))
    else:
        diffs.append(f"{path}: cli {_show(actual)}, reference {_show(expected)} (different types)")
    return diffs


def _show(value, limit=120):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON (a null is expected where a ratio is undefined)")


def min_group_size_of(policy_path):
    if not policy_path:
        return ref.DEFAULT_MIN_GROUP_SIZE
    with open(policy_path, "rb") as f:
        policy = json.loads(f.read().decode("utf-8"))
    value = (policy.get("fairness") or {}).get("min_group_size", ref.DEFAULT_MIN_GROUP_SIZE)
    return value


def check_package(cli, package, policy):
    """A list of problems (empty: the package passes)."""
    command = [cli, "review", package, "--json"]
    if policy:
        command += ["--policy", policy]
    try:
        run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [f"could not run {cli}: {e}"]
    if run.returncode not in (0, 1):
        err = run.stderr.decode("utf-8", "replace").strip()
        return [f"countersign-cli exited with {run.returncode}: {err}"]
    try:
        document = json.loads(run.stdout.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError) as e:
        return [f"countersign-cli output is not JSON: {e}"]
    if not isinstance(document, dict) or "metrics" not in document:
        return ["countersign-cli output has no `metrics` member"]
    try:
        expected = ref.review_package(package, min_group_size_of(policy))
    except ref.PackageError as e:
        return [f"reference could not read the package: {e}"]
    return compare(document["metrics"], expected, "$.metrics")


# --------------------------------------------------------------------------------------------
# Self-test: small cases worked out by hand
# --------------------------------------------------------------------------------------------

def _self_tests():
    cases = []

    def check(name, got, want, exact=False):
        ok = (got == want) if exact else not compare(got, want)
        cases.append((name, ok, got, want))

    # AUC. Scores [0.1, 0.4, 0.35, 0.8], labels [0, 0, 1, 1]. Pairs (pos, neg):
    # (0.35,0.1) win, (0.35,0.4) loss, (0.8,0.1) win, (0.8,0.4) win -> 3/4.
    check("auc basic", ref.auc_mann_whitney([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75)
    # Ties: scores [0.5, 0.5, 0.5, 0.9], labels [0, 1, 0, 1]. Pos 0.5 vs negs 0.5, 0.5: 1/2 + 1/2;
    # pos 0.9 beats both: 2. Total 3 of 4 pairs -> 0.75.
    check("auc ties", ref.auc_mann_whitney([0.5, 0.5, 0.5, 0.9], [0, 1, 0, 1]), 0.75)
    check("auc all tied", ref.auc_mann_whitney([0.3, 0.3, 0.3], [0, 1, 1]), 0.5)
    check("auc one class", ref.auc_mann_whitney([0.2, 0.7], [1, 1]), None)

    # Threshold metrics. Labels [1,1,0,0,1], scores [0.9,0.4,0.6,0.1,0.5], t = 0.5:
    # yhat = [1,0,1,0,1] -> TP 2, FN 1, FP 1, TN 1.
    m = ref.classification_metrics([1, 1, 0, 0, 1], [0.9, 0.4, 0.6, 0.1, 0.5], 0.5)
    check("accuracy", m["accuracy"], 3 / 5)
    check("precision", m["precision"], 2 / 3)
    check("recall", m["recall"], 2 / 3)
    check("f1", m["f1"], 4 / 6)
    check("selection_rate", m["selection_rate"], 3 / 5)
    # Brier: (0.1^2 + 0.6^2 + 0.6^2 + 0.1^2 + 0.5^2) / 5 = (0.01+0.36+0.36+0.01+0.25)/5 = 0.198
    check("brier", m["brier"], 0.198)
    want_ll = -(math.log(0.9) + math.log(0.4) + math.log(0.4) + math.log(0.9) + math.log(0.5)) / 5
    check("log_loss", m["log_loss"], want_ll)
    m = ref.classification_metrics([0, 0], [0.1, 0.2], 0.5)
    check("precision 0/0 is null", m["precision"], None)
    check("recall 0/0 is null", m["recall"], None)
    check("f1 0/0 is null", m["f1"], None)
    # log loss clipping: a confident wrong score 1.0 for label 0 -> -ln(1 - (1 - 1e-15)) ~ 34.5
    m = ref.classification_metrics([0], [1.0], 0.5)
    check("log_loss clipped", m["log_loss"], -math.log(1.0 - (1.0 - 1e-15)))

    # Quantiles as numpy: x = 1..10. q=0.1: h = 0.9, j=0, g=0.9 -> b - (b-a)*0.1 = 2 - 0.1 = 1.9.
    xs = [float(v) for v in range(1, 11)]
    check("quantile 0.1", ref.quantile_linear(xs, 0.1), 1.9)
    check("quantile 0.5", ref.quantile_linear(xs, 0.5), 5.5)
    check("quantile 0.9", ref.quantile_linear(xs, 0.9), 9.1)
    check("edges dedup", ref.decile_edges([0.0] * 8 + [1.0, 2.0]), [0.0, 0.2, 1.1])
    # ^ n=10, h = 0.9 i: q=.1..0.7 -> h <= 6.3, both neighbours 0 -> 0; q=.8: h=7.2, a=0, b=1,
    #   g=0.2 -> 0.2; q=.9: h=8.1, a=1, b=2, g=0.1 -> 1.1 (up to rounding of h).
    check("right-closed bins", ref.numeric_bin_counts([0.0, 0.2, 0.5, 1.1, 5.0], [0.0, 0.2, 1.1]),
          [1, 1, 2, 1], exact=True)

    # PSI by hand. Categorical, reference [a,a,b,b], current [a,a,a,b]:
    # p_ref = (0.5, 0.5), p_cur = (0.75, 0.25);
    # psi = (0.75-0.5) ln(0.75/0.5) + (0.25-0.5) ln(0.25/0.5) = 0.25 ln 1.5 + 0.25 ln 2
    #     = 0.25 ln 3 = 0.274653072...
    check("psi categorical", ref.psi_categorical(list("aabb"), list("aaab")), 0.25 * math.log(3))
    # Floor: reference [a,a], current [a,b]: p_ref = (1, 0 -> 1e-4), p_cur = (0.5, 0.5);
    # psi = (0.5-1) ln(0.5) + (0.5-1e-4) ln(0.5/1e-4) = 0.5 ln 2 + 0.4999 ln 5000
    check("psi floor", ref.psi_categorical(list("aa"), list("ab")),
          0.5 * math.log(2) + 0.4999 * math.log(5000))
    # Numeric: reference 1..10 -> edges 1.9, 2.8, ..., 9.1 (10 bins, one value each, p = 0.1);
    # current [1,1,1,1,1,10,10,10,10,10] -> bin 0 gets 0.5, bin 9 gets 0.5, the rest 1e-4.
    # psi = 2 (0.4 ln 5) + 8 (1e-4 - 0.1) ln(1e-4 / 0.1) = 0.8 ln 5 + 0.7992 ln 1000
    check("psi numeric", ref.psi_numeric(xs, [1.0] * 5 + [10.0] * 5),
          0.8 * math.log(5) + 0.7992 * math.log(1000))
    check("psi identical", ref.psi_numeric(xs, xs), 0.0)
    # KS: reference [1,2,3,4], current [3,4,5,6]: at x=2, F_ref = 0.5, F_cur = 0 -> 0.5.
    check("ks", ref.ks_statistic([1.0, 2.0, 3.0, 4.0], [3.0, 4.0, 5.0, 6.0]), 0.5)
    check("ks disjoint", ref.ks_statistic([1.0, 2.0], [3.0]), 1.0)
    check("ks same", ref.ks_statistic([1.0, 2.0], [2.0, 1.0]), 0.0)
    d = ref.drift_feature(["1", "", "3", "2"], ["", "", "2", "x"][:3], "numeric")
    check("missing rate reference", d["missing_rate_reference"], 0.25)
    check("missing rate current", d["missing_rate_current"], 2 / 3)
    check("infer kind numeric", ref.infer_kind(["1", "-2.5e3", ""], ["0.1"]), "numeric")
    check("infer kind NA", ref.infer_kind(["1", "NA"], ["2"]), "categorical")
    check("infer kind plus", ref.infer_kind(["+1"], ["2"]), "categorical")

    # Spearman: x = [1,2,3,4], y = [1,3,2,4]: d^2 = 0+1+1+0 = 2, rho = 1 - 6*2/(4*15) = 0.8.
    check("spearman", ref.spearman([1.0, 2.0, 3.0, 4.0], [1.0, 3.0, 2.0, 4.0]), 0.8)
    check("spearman reversed", ref.spearman([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]), -1.0)
    # Ties: x = [1,1,2], ranks (1.5,1.5,3); y = [1,2,3], ranks (1,2,3); means 2.
    # cov = (-0.5)(-1) + (-0.5)(0) + (1)(1) = 1.5; vx = 0.25+0.25+1 = 1.5; vy = 2 -> 1.5/sqrt(3)
    check("spearman ties", ref.spearman([1.0, 1.0, 2.0], [1.0, 2.0, 3.0]), 1.5 / math.sqrt(3))
    check("spearman constant", ref.spearman([1.0, 1.0], [1.0, 2.0]), None)
    check("spearman too few", ref.spearman([1.0], [1.0]), None)

    # Top 5 with a tie broken by name; reason codes.
    imp = {"a": 1.0, "b": 3.0, "c": 3.0, "d": 0.5, "e": 2.0, "f": 0.5}
    check("top5", ref.top_k(imp), ["b", "c", "e", "a", "d"], exact=True)
    attrs = {"a": 0.3, "b": -0.2, "c": 0.3, "d": 0.1, "e": 0.0, "f": 0.05}
    check("reasons high", ref.reasons_for_row(attrs, "high_score"), ["a", "c", "d", "f"], exact=True)
    check("reasons low", ref.reasons_for_row(attrs, "low_score"), ["b"], exact=True)

    # Fairness: groups A (n=4, yhat 1,1,0,0) and B (n=2, yhat 1,0) and (missing) (n=1).
    labels = [1, 0, 1, 0, 1, 0, 1]
    preds = [True, True, False, False, True, False, False]
    column = ["A", "A", "A", "A", "B", "B", ""]
    f = ref.fairness_for_attribute(column, labels, preds, "low_score", 2)
    check("group missing", sorted(f["groups"]), ["(missing)", "A", "B"], exact=True)
    check("small sample", f["groups"]["(missing)"]["small_sample"], True, exact=True)
    check("A tpr", f["groups"]["A"]["tpr"], 0.5)
    check("A fpr", f["groups"]["A"]["fpr"], 0.5)
    check("B tpr", f["groups"]["B"]["tpr"], 1.0)
    check("B fpr", f["groups"]["B"]["fpr"], 0.0)
    check("dpd", f["demographic_parity_difference"], 0.0)
    check("dir selection", f["disparate_impact_ratio"], 1.0)
    check("eod", f["equal_opportunity_difference"], 0.5)
    check("eq odds", f["equalized_odds_difference"], 0.5)
    f = ref.fairness_for_attribute(["A"] * 4 + ["B"] * 2, [0] * 6,
                                   [True, False, False, False, True, True], "high_score", 2)
    # selection A 0.25, B 1.0 -> favourable 0.75, 0.0 -> min/max = 0; tpr undefined everywhere.
    check("rate favourable", f["rate"], "favourable")
    check("dir favourable", f["disparate_impact_ratio"], 0.0)
    check("eod undefined", f["equal_opportunity_difference"], None)
    check("eq odds from fpr", f["equalized_odds_difference"], 0.75)
    f = ref.fairness_for_attribute(["A", "B"], [0, 1], [False, True], "low_score", 30)
    check("all small -> null", f["disparate_impact_ratio"], None)
    return cases


def self_test():
    cases = _self_tests()
    failed = [c for c in cases if not c[1]]
    for name, ok, got, want in cases:
        if not ok:
            print(f"FAIL {name}: got {got!r}, want {want!r}")
    print(f"{len(cases) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", help="path to countersign-cli")
    parser.add_argument("--policy", help="policy file to pass to countersign-cli")
    parser.add_argument("--self-test", action="store_true", help="check the reference itself")
    parser.add_argument("packages", nargs="*", help="package folders (or archives)")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.cli:
        parser.error("--cli is required (or use --self-test)")
    if not args.packages:
        print("warning: no packages given", file=sys.stderr)
    passed = failed = 0
    for package in args.packages:
        problems = check_package(args.cli, package, args.policy)
        if problems:
            failed += 1
            print(f"FAIL {package}")
            for p in problems:
                print(f"  {p}")
        else:
            passed += 1
            print(f"ok   {package}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
