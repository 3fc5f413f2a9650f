#!/usr/bin/env python3
"""Independent reference implementation of the Countersign metrics (contract v1, section 2).

Usage:  python3 reference_review.py PACKAGE [--min-group-size N]

PACKAGE is a package folder (or, as a convenience, a .zip / .tar.gz of one). The script prints one
JSON object shaped like the `metrics` member of `countersign-cli review --json` (spec section 4).
It is written from /work/shared/spec/package-and-review.md alone, without looking at the C++ code,
so that the two can be checked against each other. Standard library only (Debian 12 python3).

Methods deliberately different from the obvious ones, to make this a real second method:
  * every sum of floats uses math.fsum (exactly rounded);
  * AUC counts concordant pairs explicitly, group by group of equal scores, in exact integers;
  * KS, Spearman and all count ratios are computed with exact rationals and rounded once.

Choices made where the spec is silent (keep this list in step with the code):
  C1  Numbers: "plain decimal" is read as  -?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?  i.e. digits are
      required before the point and after it ("1." and ".5" are not numbers), the exponent may carry
      a sign (the spec's "no +" is taken to be about the number's own sign). A value that overflows
      a double (1e999) is not a number.
  C2  A UTF-8 byte order mark at the start of a CSV file is ignored.
  C3  `baseline` (and `decision_impact`) exist iff evaluation.csv has a `baseline_score` column,
      whatever `model.baseline_version` says.
  C4  `primary_change_pct` is null when either value of the primary metric is null, or the baseline
      value is 0, or there is no baseline.
  C5  `fairness` is null when the package lists no protected attributes or there is no evaluation
      file. A protected attribute that is not a column of evaluation.csv is skipped (no key) in
      `fairness` and in `decision_impact.by_group` (so `fairness` can be {}).
  C6  A group value that is literally the text "(missing)" falls into the same group as missing
      values. Group keys are the raw field text (no trimming, case-sensitive).
  C7  Fairness and decision impact use the candidate score and threshold. The fairness aggregates
      use exactly the groups with n >= min_group_size ("(missing)" included); with one such group
      the differences are 0 and the ratio is 1. The favourable rate is 1 - selection_rate.
  C8  `model.adverse_outcome` missing: "high_score". `model.baseline_decision_threshold` missing or
      null: `model.decision_threshold`.
  C9  Drift is null unless both drift_reference and drift_current are listed. A "feature" is every
      column present in both files (a `row_id` column would be treated as a feature too). A feature
      whose features[].type is neither "numeric" nor "categorical" is typed by inference (every
      non-missing value in both files is a number -> numeric; a column with no values at all is
      therefore numeric). Numeric: the interior edges are the nine quantiles with duplicates
      removed, and edge[0] = -inf / last edge = +inf are ADDED around them (10 bins when all nine
      edges differ). Categories are compared as exact text.
  C10 `psi` (and `ks`) are null when the reference or the current file has no non-missing value for
      the feature (proportions would be 0/0). `ks` is present and null for categorical features.
      Missing rates are over all data rows of the file; null for a file with no data rows.
  C11 Explainability is null without an `attributions` artifact. Without `baseline_attributions`,
      `baseline_importance`, `stability_spearman` and `top5_overlap` are null. Features of an
      attribution file are all its columns except `row_id`. An importance over a file with no rows
      is null (such features are then left out of Spearman and top-5).
  C12 Spearman = Pearson correlation of the average ranks (not the 1 - 6*sum(d^2)/... shortcut,
      which is wrong with ties); "constant" means all importances exactly equal (float ==).
  C13 Ties by feature name are broken in ascending Unicode code point order (== UTF-8 byte order).
      With fewer than 5 features, top-5 is all of them; the overlap is still divided by 5.
  C14 Reason codes: a row's reasons are at most four features; a row can have fewer (or none) when
      fewer attributions push towards the adverse outcome (> 0 for high_score, < 0 for low_score).
      Such a row still counts in the denominator. Joining on row_id is exact text equality.
  C15 Decision impact: newly_adverse = adverse under the candidate and not under the baseline;
      newly_favourable the reverse; by_group covers every group (no small_sample cut-off) and is
      {} when there are no protected attributes.
  C16 Cost is null when the manifest has no `cost` object. change_pct = 100*(per_1k - baseline)/
      |baseline|. A missing per_1k or monthly_volume makes monthly_estimate_usd (and over_budget)
      null; a missing monthly_budget_usd makes over_budget null.
  C17 reported_vs_recomputed is [] when `reported_metrics` is absent. A reported value that is not
      a number (or is null) is echoed as given with abs_diff null. Keys not recomputed are skipped.
  C18 Several artifacts with the same role: the first one listed is used. Artifacts are checked
      against their sha256 when one is given (a mismatch is an error, exit 2).
  C19 Any ratio whose denominator is 0 is null, including means over zero rows (a metric of an
      evaluation file without data rows is null, not an error).
"""

import argparse
import csv
import hashlib
import io
import json
import math
import os
import re
import shutil
import sys
import tarfile
import tempfile
import zipfile
from bisect import bisect_left, bisect_right
from fractions import Fraction

DEFAULT_MIN_GROUP_SIZE = 30
MISSING_GROUP = "(missing)"
PSI_FLOOR = 1e-4
LOG_LOSS_EPS = 1e-15
RECOMPUTED = ("auc", "accuracy", "precision", "recall", "f1", "brier", "log_loss")
CLASSIFICATION_KEYS = ("auc", "accuracy", "precision", "recall", "f1",
                       "selection_rate", "brier", "log_loss")
ROLES = ("evaluation", "attributions", "baseline_attributions", "drift_reference", "drift_current")

_NUMBER_RE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


class PackageError(Exception):
    """The package cannot be read; the message names the file (and line/column)."""


# --------------------------------------------------------------------------------------------
# Small exact helpers
# --------------------------------------------------------------------------------------------

def parse_number(text):
    """A float for a plain decimal number (choice C1), else None."""
    if not isinstance(text, str) or not _NUMBER_RE.fullmatch(text):
        return None
    value = float(text)  # Python's float() is correctly rounded, like std::from_chars
    return value if math.isfinite(value) else None


def ratio(numerator, denominator):
    """numerator / denominator, None for a zero denominator. Integer inputs are divided exactly
    and rounded once (Python's int / int is correctly rounded)."""
    if denominator == 0:
        return None
    return numerator / denominator


def mean(values):
    values = list(values)
    if not values:
        return None
    return math.fsum(values) / len(values)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --------------------------------------------------------------------------------------------
# Classification metrics
# --------------------------------------------------------------------------------------------

def auc_mann_whitney(scores, labels):
    """ROC AUC = P(score_pos > score_neg) + 1/2 P(equal), counted pair by pair in exact integers.

    Walk the distinct scores in ascending order; a positive at score v beats every negative with a
    lower score and ties with every negative at v. Twice the statistic is an integer."""
    positives = sum(1 for y in labels if y == 1)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return None
    by_score = {}
    for s, y in zip(scores, labels):
        counts = by_score.setdefault(s, [0, 0])  # [negatives, positives] at this score
        counts[y] += 1
    twice_wins = 0
    negatives_below = 0
    for s in sorted(by_score):
        neg, pos = by_score[s]
        twice_wins += 2 * pos * negatives_below + pos * neg
        negatives_below += neg
    return float(Fraction(twice_wins, 2 * positives * negatives))


def confusion(labels, predictions):
    tp = fp = tn = fn = 0
    for y, p in zip(labels, predictions):
        if p:
            if y == 1:
                tp += 1
            else:
                fp += 1
        else:
            if y == 1:
                fn += 1
            else:
                tn += 1
    return tp, fp, tn, fn


def classification_metrics(labels, scores, threshold):
    predictions = [s >= threshold for s in scores]
    tp, fp, tn, fn = confusion(labels, predictions)
    n = len(labels)
    squared = []
    log_terms = []
    for s, y in zip(scores, labels):
        d = s - y
        squared.append(d * d)
        p = min(max(s, LOG_LOSS_EPS), 1.0 - LOG_LOSS_EPS)
        log_terms.append(y * math.log(p) + (1 - y) * math.log(1.0 - p))
    log_loss_mean = mean(log_terms)
    return {
        "auc": auc_mann_whitney(scores, labels),
        "accuracy": ratio(tp + tn, n),
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, tp + fn),
        "f1": ratio(2 * tp, 2 * tp + fp + fn),
        "selection_rate": ratio(tp + fp, n),
        "brier": mean(squared),
        "log_loss": None if log_loss_mean is None else -log_loss_mean,
    }


# --------------------------------------------------------------------------------------------
# Fairness
# --------------------------------------------------------------------------------------------

def group_key(value):
    return MISSING_GROUP if value == "" else value


def group_rates(labels, predictions):
    tp, fp, tn, fn = confusion(labels, predictions)
    n = len(labels)
    return {
        "n": n,
        "selection_rate": ratio(tp + fp, n),
        "tpr": ratio(tp, tp + fn),
        "fpr": ratio(fp, fp + tn),
        "fnr": ratio(fn, tp + fn),
        "accuracy": ratio(tp + tn, n),
        "precision": ratio(tp, tp + fp),
    }


def spread(values):
    """max - min of the defined values, None when there are none."""
    defined = [v for v in values if v is not None]
    if not defined:
        return None
    return max(defined) - min(defined)


def fairness_for_attribute(column, labels, predictions, adverse_outcome, min_group_size):
    members = {}
    for i, value in enumerate(column):
        members.setdefault(group_key(value), []).append(i)
    groups = {}
    for key in sorted(members):
        idx = members[key]
        rates = group_rates([labels[i] for i in idx], [predictions[i] for i in idx])
        rates["small_sample"] = rates["n"] < min_group_size
        groups[key] = rates
    rate_kind = "favourable" if adverse_outcome == "high_score" else "selection"
    eligible = [g for g in groups.values() if not g["small_sample"]]
    result = {"rate": rate_kind, "groups": groups}
    if not eligible:
        result.update({"demographic_parity_difference": None, "disparate_impact_ratio": None,
                       "equal_opportunity_difference": None, "equalized_odds_difference": None})
        return result
    selection = [g["selection_rate"] for g in eligible]  # n >= 1 here, so never None
    dpd = max(selection) - min(selection)
    compared = selection if rate_kind == "selection" else [1.0 - r for r in selection]
    highest = max(compared)
    dir_ = 1.0 if highest == 0 else min(compared) / highest
    tpr_diff = spread(g["tpr"] for g in eligible)
    fpr_diff = spread(g["fpr"] for g in eligible)
    if tpr_diff is None and fpr_diff is None:
        eq_odds = None
    elif tpr_diff is None:
        eq_odds = fpr_diff
    elif fpr_diff is None:
        eq_odds = tpr_diff
    else:
        eq_odds = max(tpr_diff, fpr_diff)
    result.update({"demographic_parity_difference": dpd, "disparate_impact_ratio": dir_,
                   "equal_opportunity_difference": tpr_diff, "equalized_odds_difference": eq_odds})
    return result


# --------------------------------------------------------------------------------------------
# Drift
# --------------------------------------------------------------------------------------------

def quantile_linear(sorted_values, q):
    """numpy.quantile(method='linear'), written exactly as the spec spells it."""
    n = len(sorted_values)
    h = (n - 1) * q
    j = math.floor(h)
    g = h - j
    a = sorted_values[j]
    b = sorted_values[min(j + 1, n - 1)]
    if g < 0.5:
        return a + (b - a) * g
    return b - (b - a) * (1 - g)


def decile_edges(sorted_reference):
    """The interior bin edges: the quantiles at i/10.0, i = 1..9, duplicates removed."""
    edges = []
    for i in range(1, 10):
        e = quantile_linear(sorted_reference, i / 10.0)
        if e not in edges:
            edges.append(e)
    return sorted(edges)


def numeric_bin_counts(values, interior_edges):
    """x is in bin k when edge[k-1] < x <= edge[k], edges = [-inf] + interior + [+inf]: the bin
    number is the count of interior edges strictly below x."""
    counts = [0] * (len(interior_edges) + 1)
    for x in values:
        counts[bisect_left(interior_edges, x)] += 1
    return counts


def psi_from_counts(ref_counts, cur_counts):
    n_ref = sum(ref_counts)
    n_cur = sum(cur_counts)
    if n_ref == 0 or n_cur == 0:
        return None
    terms = []
    for r, c in zip(ref_counts, cur_counts):
        p_ref = max(r / n_ref, PSI_FLOOR)
        p_cur = max(c / n_cur, PSI_FLOOR)
        terms.append((p_cur - p_ref) * math.log(p_cur / p_ref))
    return math.fsum(terms)


def psi_numeric(reference, current):
    if not reference or not current:
        return None
    edges = decile_edges(sorted(reference))
    return psi_from_counts(numeric_bin_counts(reference, edges), numeric_bin_counts(current, edges))


def psi_categorical(reference, current):
    if not reference or not current:
        return None
    categories = sorted(set(reference) | set(current))
    ref_counts = {c: 0 for c in categories}
    cur_counts = {c: 0 for c in categories}
    for v in reference:
        ref_counts[v] += 1
    for v in current:
        cur_counts[v] += 1
    return psi_from_counts([ref_counts[c] for c in categories], [cur_counts[c] for c in categories])


def ks_statistic(reference, current):
    """sup_x |F_ref(x) - F_cur(x)|; the supremum is reached at a data point, so it is enough to
    look at every distinct value. Exact: max |c_ref*n_cur - c_cur*n_ref| / (n_ref*n_cur)."""
    if not reference or not current:
        return None
    ref = sorted(reference)
    cur = sorted(current)
    n_ref, n_cur = len(ref), len(cur)
    best = 0
    for v in set(ref) | set(cur):
        diff = abs(bisect_right(ref, v) * n_cur - bisect_right(cur, v) * n_ref)
        if diff > best:
            best = diff
    return float(Fraction(best, n_ref * n_cur))


def drift_feature(ref_raw, cur_raw, kind):
    ref_present = [v for v in ref_raw if v != ""]
    cur_present = [v for v in cur_raw if v != ""]
    result = {}
    if kind == "numeric":
        ref_values = [parse_number(v) for v in ref_present]
        cur_values = [parse_number(v) for v in cur_present]
        if any(v is None for v in ref_values) or any(v is None for v in cur_values):
            raise PackageError("a numeric drift feature holds a value that is not a number")
        result["psi"] = psi_numeric(ref_values, cur_values)
        result["ks"] = ks_statistic(ref_values, cur_values)
    else:
        result["psi"] = psi_categorical(ref_present, cur_present)
        result["ks"] = None
    result["missing_rate_reference"] = ratio(len(ref_raw) - len(ref_present), len(ref_raw))
    result["missing_rate_current"] = ratio(len(cur_raw) - len(cur_present), len(cur_raw))
    return result


def infer_kind(ref_raw, cur_raw):
    for v in list(ref_raw) + list(cur_raw):
        if v != "" and parse_number(v) is None:
            return "categorical"
    return "numeric"


# --------------------------------------------------------------------------------------------
# Explainability
# --------------------------------------------------------------------------------------------

def average_ranks(values):
    """1-based ranks, ties sharing the mean of their positions, as exact Fractions."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [None] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        rank = Fraction(i + 1 + j + 1, 2)
        for k in range(i, j + 1):
            ranks[order[k]] = rank
        i = j + 1
    return ranks


def spearman(xs, ys):
    """Pearson correlation of average ranks (choice C12), exact up to one final sqrt."""
    if len(xs) < 2 or len(set(xs)) == 1 or len(set(ys)) == 1:
        return None
    rx = average_ranks(xs)
    ry = average_ranks(ys)
    mx = sum(rx) / len(rx)
    my = sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    r_squared = cov * cov / (vx * vy)
    return math.copysign(math.sqrt(float(r_squared)), float(cov)) if cov != 0 else 0.0


def top_k(importance, k=5):
    """The k most important features, ties by name (ascending)."""
    ranked = sorted((f for f, v in importance.items() if v is not None),
                    key=lambda f: (-importance[f], f))
    return ranked[:k]


def reasons_for_row(attributions, adverse_outcome, count=4):
    """attributions: {feature: value}. The features pushing hardest towards the adverse outcome."""
    if adverse_outcome == "high_score":
        pushing = [(-v, f) for f, v in attributions.items() if v > 0]
    else:
        pushing = [(v, f) for f, v in attributions.items() if v < 0]
    pushing.sort()
    return [f for _, f in pushing[:count]]


def importance_of(table):
    features = [c for c in table["header"] if c != "row_id"]
    rows = table["numbers"]
    return {f: mean(abs(r[f]) for r in rows) for f in features}, features


# --------------------------------------------------------------------------------------------
# Package reading
# --------------------------------------------------------------------------------------------

def read_csv(path, display_name):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise PackageError(f"{display_name}: cannot read: {e.strerror}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PackageError(f"{display_name}: not UTF-8 (byte {e.start})")
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = None
    rows = []
    line = 1
    try:
        for record in reader:
            if not record:
                raise PackageError(f"{display_name}: line {line}: blank line")
            if header is None:
                header = record
                if len(set(header)) != len(header):
                    raise PackageError(f"{display_name}: line 1: duplicate column name")
            else:
                if len(record) != len(header):
                    raise PackageError(f"{display_name}: line {line}: expected {len(header)} "
                                       f"fields, found {len(record)}")
                rows.append(dict(zip(header, record)))
            line = reader.line_num + 1
    except csv.Error as e:
        raise PackageError(f"{display_name}: line {reader.line_num}: {e}")
    if header is None:
        raise PackageError(f"{display_name}: empty file (no header)")
    return {"header": header, "rows": rows, "name": display_name}


def require_number(text, file, line, column, low=None, high=None):
    if text == "":
        raise PackageError(f"{file}: line {line}: column {column}: empty value")
    value = parse_number(text)
    if value is None:
        raise PackageError(f"{file}: line {line}: column {column}: not a number: {text!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise PackageError(f"{file}: line {line}: column {column}: {text} outside [{low}, {high}]")
    return value


def load_evaluation(table, need_row_id):
    header = table["header"]
    name = table["name"]
    for column in ("label", "score"):
        if column not in header:
            raise PackageError(f"{name}: line 1: no `{column}` column")
    if need_row_id and "row_id" not in header:
        raise PackageError(f"{name}: line 1: `row_id` is required when attributions are present")
    has_baseline = "baseline_score" in header
    labels, scores, baseline_scores, row_ids = [], [], [], []
    seen_ids = set()
    for i, row in enumerate(table["rows"]):
        line = i + 2
        if row["label"] not in ("0", "1"):
            raise PackageError(f"{name}: line {line}: column label: not 0 or 1: {row['label']!r}")
        labels.append(int(row["label"]))
        scores.append(require_number(row["score"], name, line, "score", 0.0, 1.0))
        if has_baseline:
            baseline_scores.append(require_number(row["baseline_score"], name, line,
                                                  "baseline_score", 0.0, 1.0))
        if "row_id" in header:
            rid = row["row_id"]
            if rid == "" or rid in seen_ids:
                raise PackageError(f"{name}: line {line}: column row_id: empty or duplicate")
            seen_ids.add(rid)
            row_ids.append(rid)
    return {"labels": labels, "scores": scores,
            "baseline_scores": baseline_scores if has_baseline else None,
            "row_ids": row_ids if "row_id" in header else None,
            "table": table}


def load_attributions(table):
    name = table["name"]
    if "row_id" not in table["header"]:
        raise PackageError(f"{name}: line 1: no `row_id` column")
    numbers = []
    seen = set()
    for i, row in enumerate(table["rows"]):
        line = i + 2
        rid = row["row_id"]
        if rid == "" or rid in seen:
            raise PackageError(f"{name}: line {line}: column row_id: empty or duplicate")
        seen.add(rid)
        numbers.append({c: require_number(v, name, line, c) for c, v in row.items() if c != "row_id"})
    table["numbers"] = numbers
    table["by_id"] = {row["row_id"]: numbers[i] for i, row in enumerate(table["rows"])}
    return table


def safe_relative(path):
    if not isinstance(path, str) or path == "" or path.startswith(("/", "\\")) or \
            re.match(r"^[A-Za-z]:", path):
        return False
    return ".." not in re.split(r"[\\/]", path)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_archive(archive, into):
    """Extract a .zip / .tar.gz refusing links and paths leaving the package; return the folder
    holding manifest.json (the root or the one top-level folder)."""
    if archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                if not safe_relative(info.filename) or (info.external_attr >> 16) & 0o170000 == 0o120000:
                    raise PackageError(f"{archive}: entry {info.filename!r} leaves the package or is a link")
            z.extractall(into)
    else:
        with tarfile.open(archive, "r:*") as t:
            for member in t.getmembers():
                if not safe_relative(member.name) or not (member.isfile() or member.isdir()):
                    raise PackageError(f"{archive}: entry {member.name!r} leaves the package or is a link")
            t.extractall(into)
    if os.path.isfile(os.path.join(into, "manifest.json")):
        return into
    entries = [e for e in os.listdir(into) if os.path.isdir(os.path.join(into, e))]
    if len(entries) == 1 and os.path.isfile(os.path.join(into, entries[0], "manifest.json")):
        return os.path.join(into, entries[0])
    raise PackageError(f"{archive}: no manifest.json at the root or under one top-level folder")


def load_manifest(folder):
    path = os.path.join(folder, "manifest.json")
    try:
        with open(path, "rb") as f:
            return json.loads(f.read().decode("utf-8"))
    except OSError as e:
        raise PackageError(f"manifest.json: cannot read: {e.strerror}")
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise PackageError(f"manifest.json: not valid JSON: {e}")


def artifact_paths(folder, manifest):
    paths = {}
    for artifact in manifest.get("artifacts") or []:
        if not isinstance(artifact, dict):
            continue
        role = artifact.get("role")
        rel = artifact.get("path")
        if not safe_relative(rel):
            raise PackageError(f"manifest.json: artifact path {rel!r} leaves the package")
        full = os.path.join(folder, rel)
        if not os.path.isfile(full):
            raise PackageError(f"{rel}: listed in the manifest but missing")
        expected = artifact.get("sha256")
        if isinstance(expected, str) and expected and sha256_file(full) != expected.lower():
            raise PackageError(f"{rel}: SHA-256 differs from the manifest")
        if role in ROLES and role not in paths:  # choice C18: first one wins
            paths[role] = (full, rel)
    return paths


# --------------------------------------------------------------------------------------------
# The metrics object
# --------------------------------------------------------------------------------------------

def adverse_flags(predictions, adverse_outcome):
    if adverse_outcome == "high_score":
        return list(predictions)
    return [not p for p in predictions]


def compute_metrics(folder, min_group_size=DEFAULT_MIN_GROUP_SIZE):
    manifest = load_manifest(folder)
    if not isinstance(manifest, dict):
        raise PackageError("manifest.json: not a JSON object")
    if manifest.get("schema") != "countersign.package/v1":
        raise PackageError(f"manifest.json: schema {manifest.get('schema')!r} is not countersign.package/v1")
    paths = artifact_paths(folder, manifest)
    if manifest.get("kind") != "ml_model":
        return None

    model = manifest.get("model") or {}
    threshold = model.get("decision_threshold")
    baseline_threshold = model.get("baseline_decision_threshold")
    if baseline_threshold is None:
        baseline_threshold = threshold
    adverse_outcome = model.get("adverse_outcome") or "high_score"
    primary_metric = model.get("primary_metric")

    attributions = None
    baseline_attributions = None
    if "attributions" in paths:
        attributions = load_attributions(read_csv(*paths["attributions"]))
    if "baseline_attributions" in paths:
        baseline_attributions = load_attributions(read_csv(*paths["baseline_attributions"]))

    evaluation = None
    if "evaluation" in paths:
        if not is_number(threshold):
            raise PackageError("manifest.json: model.decision_threshold is not a number")
        evaluation = load_evaluation(read_csv(*paths["evaluation"]), attributions is not None)

    out = {}

    # -- candidate, baseline, primary change -------------------------------------------------
    candidate = baseline = None
    if evaluation is not None:
        candidate = classification_metrics(evaluation["labels"], evaluation["scores"], threshold)
        if evaluation["baseline_scores"] is not None:
            baseline = classification_metrics(evaluation["labels"], evaluation["baseline_scores"],
                                              baseline_threshold)
    out["candidate"] = candidate
    out["baseline"] = baseline
    out["primary_metric"] = primary_metric
    change = None
    if candidate is not None and baseline is not None and primary_metric in candidate:
        c, b = candidate[primary_metric], baseline[primary_metric]
        if c is not None and b is not None and b != 0:
            change = 100 * (c - b) / abs(b)
    out["primary_change_pct"] = change

    # -- fairness ----------------------------------------------------------------------------
    protected = [a for a in (manifest.get("protected_attributes") or []) if isinstance(a, str)]
    present_attributes = []
    if evaluation is not None:
        present_attributes = [a for a in protected if a in evaluation["table"]["header"]]
    predictions = None
    if evaluation is not None:
        predictions = [s >= threshold for s in evaluation["scores"]]
    if evaluation is not None and protected:
        fairness = {}
        for attribute in present_attributes:
            column = [row[attribute] for row in evaluation["table"]["rows"]]
            fairness[attribute] = fairness_for_attribute(column, evaluation["labels"], predictions,
                                                         adverse_outcome, min_group_size)
        out["fairness"] = fairness
    else:
        out["fairness"] = None

    # -- drift -------------------------------------------------------------------------------
    if "drift_reference" in paths and "drift_current" in paths:
        ref = read_csv(*paths["drift_reference"])
        cur = read_csv(*paths["drift_current"])
        declared = {}
        for feature in manifest.get("features") or []:
            if isinstance(feature, dict) and feature.get("type") in ("numeric", "categorical"):
                declared.setdefault(feature.get("name"), feature["type"])
        drift = {}
        for column in ref["header"]:
            if column not in cur["header"]:
                continue
            ref_raw = [row[column] for row in ref["rows"]]
            cur_raw = [row[column] for row in cur["rows"]]
            kind = declared.get(column) or infer_kind(ref_raw, cur_raw)
            try:
                drift[column] = drift_feature(ref_raw, cur_raw, kind)
            except PackageError as e:
                raise PackageError(f"{ref['name']} / {cur['name']}: column {column}: {e}")
        out["drift"] = drift
    else:
        out["drift"] = None

    # -- explainability ----------------------------------------------------------------------
    if attributions is not None:
        importance, features = importance_of(attributions)
        explain = {"importance": importance}
        if baseline_attributions is not None:
            baseline_importance, _ = importance_of(baseline_attributions)
            common = [f for f in features if f in baseline_importance
                      and importance[f] is not None and baseline_importance[f] is not None]
            explain["baseline_importance"] = baseline_importance
            explain["stability_spearman"] = spearman([importance[f] for f in common],
                                                     [baseline_importance[f] for f in common])
            overlap = set(top_k(importance)) & set(top_k(baseline_importance))
            explain["top5_overlap"] = len(overlap) / 5
        else:
            explain["baseline_importance"] = None
            explain["stability_spearman"] = None
            explain["top5_overlap"] = None
        counts = {f: 0 for f in features}
        rows_with_reasons = 0
        if evaluation is not None:
            adverse = adverse_flags(predictions, adverse_outcome)
            for rid, is_adverse in zip(evaluation["row_ids"], adverse):
                if not is_adverse or rid not in attributions["by_id"]:
                    continue
                rows_with_reasons += 1
                for f in reasons_for_row(attributions["by_id"][rid], adverse_outcome):
                    counts[f] += 1
        explain["reason_code_frequency"] = {f: ratio(counts[f], rows_with_reasons) for f in features}
        out["explainability"] = explain
    else:
        out["explainability"] = None

    # -- decision impact ---------------------------------------------------------------------
    if evaluation is not None and evaluation["baseline_scores"] is not None:
        base_predictions = [s >= baseline_threshold for s in evaluation["baseline_scores"]]
        cand_adverse = adverse_flags(predictions, adverse_outcome)
        base_adverse = adverse_flags(base_predictions, adverse_outcome)

        def impact(indices):
            n = len(indices)
            flips = sum(1 for i in indices if predictions[i] != base_predictions[i])
            newly_adverse = sum(1 for i in indices if cand_adverse[i] and not base_adverse[i])
            newly_favourable = sum(1 for i in indices if base_adverse[i] and not cand_adverse[i])
            return {"flip_rate": ratio(flips, n), "newly_adverse_rate": ratio(newly_adverse, n),
                    "newly_favourable_rate": ratio(newly_favourable, n)}

        di = impact(range(len(predictions)))
        by_group = {}
        for attribute in present_attributes:
            members = {}
            for i, row in enumerate(evaluation["table"]["rows"]):
                members.setdefault(group_key(row[attribute]), []).append(i)
            by_group[attribute] = {g: impact(members[g]) for g in sorted(members)}
        di["by_group"] = by_group
        out["decision_impact"] = di
    else:
        out["decision_impact"] = None

    # -- cost --------------------------------------------------------------------------------
    cost = manifest.get("cost")
    if isinstance(cost, dict):
        per_1k = cost.get("per_1k_inferences_usd")
        base_per_1k = cost.get("baseline_per_1k_inferences_usd")
        volume = cost.get("monthly_volume")
        budget = cost.get("monthly_budget_usd")
        estimate = per_1k * volume / 1000 if is_number(per_1k) and is_number(volume) else None
        change_pct = None
        if is_number(per_1k) and is_number(base_per_1k) and base_per_1k != 0:
            change_pct = 100 * (per_1k - base_per_1k) / abs(base_per_1k)
        over = estimate > budget if estimate is not None and is_number(budget) else None
        out["cost"] = {"monthly_estimate_usd": estimate, "change_pct": change_pct, "over_budget": over}
    else:
        out["cost"] = None

    # -- reported vs recomputed --------------------------------------------------------------
    comparisons = []
    reported = manifest.get("reported_metrics")
    if isinstance(reported, dict):
        for key, value in reported.items():
            if key in RECOMPUTED:
                source, metric = candidate, key
            elif key.startswith("baseline_") and key[len("baseline_"):] in RECOMPUTED:
                source, metric = baseline, key[len("baseline_"):]
            else:
                continue
            recomputed = None if source is None else source[metric]
            diff = abs(value - recomputed) if is_number(value) and recomputed is not None else None
            comparisons.append({"metric": key, "reported": value, "recomputed": recomputed,
                                "abs_diff": diff})
    out["reported_vs_recomputed"] = comparisons
    return out


def review_package(package, min_group_size=DEFAULT_MIN_GROUP_SIZE):
    """The metrics for a package folder, .zip or .tar.gz."""
    if os.path.isdir(package):
        return compute_metrics(package, min_group_size)
    if not os.path.isfile(package):
        raise PackageError(f"{package}: no such package")
    workdir = tempfile.mkdtemp(prefix="countersign-ref-")
    try:
        try:
            folder = unpack_archive(package, workdir)
        except (zipfile.BadZipFile, tarfile.TarError) as e:
            raise PackageError(f"{package}: not a readable archive: {e}")
        return compute_metrics(folder, min_group_size)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("package", help="package folder (or .zip / .tar.gz)")
    parser.add_argument("--min-group-size", type=int, default=DEFAULT_MIN_GROUP_SIZE,
                        help="policy.fairness.min_group_size (default 30)")
    args = parser.parse_args(argv)
    try:
        metrics = review_package(args.package, args.min_group_size)
    except PackageError as e:
        print(f"reference_review: {e}", file=sys.stderr)
        return 2
    json.dump(metrics, sys.stdout, indent=2, allow_nan=False, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
