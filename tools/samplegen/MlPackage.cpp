#include "MlPackage.h"

#include "CsvWriter.h"
#include "DetMath.h"
#include "Format.h"
#include "Metrics.h"
#include "Random.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace samplegen {

namespace fs = std::filesystem;

namespace {

constexpr int kScoreDecimals = 6;
constexpr int kAttributionDecimals = 5;
constexpr int kReportedDecimals = 4;

std::string rowId(std::size_t index)
{
    char text[32];
    std::snprintf(text, sizeof text, "R%06zu", index + 1);
    return text;
}

std::string fmt(double value, int decimals = 4)
{
    std::string out;
    appendFixed(out, value, decimals);
    return out;
}

std::string fmt(const std::optional<double> &value, int decimals = 4)
{
    return value ? fmt(*value, decimals) : std::string("null");
}

// Per-feature and per-attribute lookups the row loops need.
struct Model
{
    explicit Model(const MlStory &story)
    {
        for (const auto &attribute : story.protectedAttributes) {
            std::vector<double> weights;
            for (const auto &group : attribute.groups)
                weights.push_back(group.weight);
            groupDraw.push_back(cumulativeWeights(weights));
        }
        for (const auto &feature : story.features) {
            std::vector<double> reference, current;
            for (const auto &c : feature.categories) {
                reference.push_back(c.probability);
                current.push_back(c.currentProbability);
            }
            referenceDraw.push_back(reference.empty() ? std::vector<double>{} : cumulativeWeights(reference));
            currentDraw.push_back(current.empty() ? std::vector<double>{} : cumulativeWeights(current));
            // Latent shift by the group of the proxied attribute.
            int attributeIndex = -1;
            std::vector<double> shifts;
            for (std::size_t a = 0; a < story.protectedAttributes.size(); ++a) {
                const auto &attribute = story.protectedAttributes[a];
                if (attribute.name != feature.proxyFor)
                    continue;
                attributeIndex = static_cast<int>(a);
                for (const auto &group : attribute.groups) {
                    double shift = 0.0;
                    for (const auto &[value, s] : feature.proxyShift)
                        if (value == group.value)
                            shift = s;
                    shifts.push_back(shift);
                }
            }
            if (!feature.proxyFor.empty() && attributeIndex < 0)
                throw std::logic_error("feature " + feature.name + " proxies an unknown attribute " + feature.proxyFor);
            proxyAttribute.push_back(attributeIndex);
            proxyShift.push_back(shifts);
        }
    }

    // The latent effect of one feature for a row with the given groups.
    double effect(const Feature &feature, std::size_t f, const std::vector<std::uint16_t> &groups, Random &rng,
                  bool current, std::size_t *category) const
    {
        if (feature.shape == Shape::Categorical) {
            const std::size_t k = rng.pick(current ? currentDraw[f] : referenceDraw[f]);
            if (category)
                *category = k;
            return feature.categories[k].effect;
        }
        double z = rng.normal();
        if (proxyAttribute[f] >= 0)
            z += proxyShift[f][groups[static_cast<std::size_t>(proxyAttribute[f])]];
        if (current)
            z += feature.driftShift;
        return z;
    }

    std::vector<std::vector<double>> groupDraw;
    std::vector<std::vector<double>> referenceDraw;
    std::vector<std::vector<double>> currentDraw;
    std::vector<int> proxyAttribute;
    std::vector<std::vector<double>> proxyShift;
};

// The value a numeric feature shows for latent z, as written (quantised).
double featureValue(const Feature &feature, double z)
{
    const double x = feature.location + feature.spread * z;
    double value = 0.0;
    double lowest = feature.lowest;
    switch (feature.shape) {
    case Shape::Normal:
        value = x;
        break;
    case Shape::LogNormal:
        value = det::exp(x);
        break;
    case Shape::Count:
        value = std::floor(x + 0.5);
        lowest = std::max(lowest, 0.0);
        break;
    case Shape::Ratio:
        value = det::sigmoid(x);
        break;
    case Shape::Categorical:
        break;
    }
    value = std::clamp(value, lowest, feature.highest);
    return quantize(value, feature.shape == Shape::Count ? 0 : feature.decimals);
}

struct Evaluation
{
    std::vector<std::uint8_t> labels;
    std::vector<double> scores;
    std::vector<double> baselineScores;
    std::vector<std::vector<std::uint16_t>> groups; // [attribute][row]
    std::vector<std::vector<double>> effects;       // [feature][attribution row]
};

const std::string &seedOf(const MlStory &story)
{
    return story.seedName.empty() ? story.name : story.seedName;
}

bool isNeutral(const MlStory &story, const ProtectedAttribute &attribute)
{
    for (const auto &g : attribute.groups)
        if (g.labelShift != 0.0 || g.candidateShift != 0.0 || g.baselineShift != 0.0)
            return false;
    for (const auto &f : story.features)
        if (f.proxyFor == attribute.name)
            return false;
    return true;
}

// Deals a neutral attribute's group labels: rows in (label, candidate score) order get the groups
// by smooth weighted round-robin, so every prefix of that order holds each group within one row
// of its share. Each group then sees the same score distribution within each class: selection,
// true- and false-positive rates differ only by rounding.
void assignNeutralGroups(const ProtectedAttribute &attribute, const std::vector<std::uint8_t> &labels,
                         const std::vector<double> &scores, std::vector<std::uint16_t> &out)
{
    std::vector<std::size_t> order(labels.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (labels[a] != labels[b])
            return labels[a] < labels[b];
        if (scores[a] != scores[b])
            return scores[a] < scores[b];
        return a < b;
    });
    double total = 0.0;
    for (const auto &g : attribute.groups)
        total += g.weight;
    std::vector<double> credit(attribute.groups.size(), 0.0);
    for (const std::size_t row : order) {
        std::size_t best = 0;
        for (std::size_t k = 0; k < credit.size(); ++k) {
            credit[k] += attribute.groups[k].weight;
            if (credit[k] > credit[best])
                best = k;
        }
        credit[best] -= total;
        out[row] = static_cast<std::uint16_t>(best);
    }
}

Evaluation simulateEvaluation(const MlStory &story, const Model &model, std::size_t attributionRows)
{
    const Simulation &sim = story.simulation;
    const std::size_t rows = sim.evaluationRows;
    Evaluation ev;
    ev.labels.resize(rows);
    ev.scores.resize(rows);
    ev.baselineScores.resize(rows);
    ev.groups.assign(story.protectedAttributes.size(), std::vector<std::uint16_t>(rows));
    ev.effects.assign(story.features.size(), std::vector<double>(attributionRows));
    Random rng = Random::forStream(seedOf(story), "evaluation");
    std::vector<std::uint16_t> groups(story.protectedAttributes.size());
    std::vector<bool> neutral;
    for (const auto &attribute : story.protectedAttributes)
        neutral.push_back(isNeutral(story, attribute));
    for (std::size_t i = 0; i < rows; ++i) {
        double truth = sim.labelIntercept;
        double candidate = sim.candidateIntercept;
        double baseline = sim.baselineIntercept;
        for (std::size_t a = 0; a < groups.size(); ++a) {
            if (neutral[a])
                continue; // dealt out below
            groups[a] = static_cast<std::uint16_t>(rng.pick(model.groupDraw[a]));
            ev.groups[a][i] = groups[a];
            const Group &g = story.protectedAttributes[a].groups[groups[a]];
            truth += g.labelShift;
            candidate += g.candidateShift;
            baseline += g.baselineShift;
        }
        for (std::size_t f = 0; f < story.features.size(); ++f) {
            const Feature &feature = story.features[f];
            const double e = model.effect(feature, f, groups, rng, false, nullptr);
            truth += feature.weights.truth * e;
            candidate += feature.weights.candidate * e;
            baseline += feature.weights.baseline * e;
            if (i < attributionRows)
                ev.effects[f][i] = e;
        }
        ev.labels[i] = rng.bernoulli(det::sigmoid(truth)) ? 1 : 0;
        candidate += sim.candidateNoise * rng.normal();
        baseline += sim.baselineNoise * rng.normal();
        ev.scores[i] = quantize(det::sigmoid(candidate), kScoreDecimals);
        ev.baselineScores[i] = quantize(det::sigmoid(baseline), kScoreDecimals);
    }
    for (std::size_t a = 0; a < neutral.size(); ++a)
        if (neutral[a])
            assignNeutralGroups(story.protectedAttributes[a], ev.labels, ev.scores, ev.groups[a]);
    return ev;
}

WrittenFile writeEvaluation(const MlStory &story, const Evaluation &ev, bool withBaseline, const fs::path &path)
{
    CsvWriter csv(path);
    csv.text("row_id");
    csv.text("label");
    csv.text("score");
    if (withBaseline)
        csv.text("baseline_score");
    for (const auto &attribute : story.protectedAttributes)
        csv.text(attribute.name);
    csv.endRow();
    for (std::size_t i = 0; i < ev.labels.size(); ++i) {
        csv.text(rowId(i));
        csv.integer(ev.labels[i]);
        csv.number(ev.scores[i], kScoreDecimals);
        if (withBaseline)
            csv.number(ev.baselineScores[i], kScoreDecimals);
        for (std::size_t a = 0; a < story.protectedAttributes.size(); ++a)
            csv.text(story.protectedAttributes[a].groups[ev.groups[a][i]].value);
        csv.endRow();
    }
    return csv.finish();
}

// Writes one attribution file and returns each feature's importance (mean |attribution|).
WrittenFile writeAttributions(const MlStory &story, const Evaluation &ev, bool baseline, const fs::path &path,
                              std::vector<double> &importance)
{
    const std::size_t rows = ev.effects.empty() ? 0 : ev.effects.front().size();
    std::vector<double> centre(story.features.size(), 0.0);
    for (std::size_t f = 0; f < story.features.size(); ++f) {
        double sum = 0.0;
        for (const double e : ev.effects[f])
            sum += e;
        centre[f] = rows ? sum / static_cast<double>(rows) : 0.0;
    }
    Random rng = Random::forStream(seedOf(story), baseline ? "baseline_attributions" : "attributions");
    importance.assign(story.features.size(), 0.0);
    CsvWriter csv(path);
    csv.text("row_id");
    for (const auto &feature : story.features)
        csv.text(feature.name);
    csv.endRow();
    for (std::size_t i = 0; i < rows; ++i) {
        csv.text(rowId(i));
        for (std::size_t f = 0; f < story.features.size(); ++f) {
            const Weights &w = story.features[f].weights;
            const double value = quantize((baseline ? w.baseline : w.candidate) * (ev.effects[f][i] - centre[f])
                                              + story.simulation.attributionNoise * rng.normal(),
                                          kAttributionDecimals);
            importance[f] += std::fabs(value);
            csv.number(value, kAttributionDecimals);
        }
        csv.endRow();
    }
    for (double &v : importance)
        v = rows ? v / static_cast<double>(rows) : 0.0;
    return csv.finish();
}

struct DriftColumns
{
    std::vector<std::vector<double>> numeric; // NaN = missing
    std::vector<std::vector<int>> categories; // -1 = missing
};

WrittenFile writeDrift(const MlStory &story, const Model &model, bool current, const fs::path &path, DriftColumns &out)
{
    const std::size_t rows = story.simulation.driftRows;
    const std::size_t featureCount = story.features.size();
    out.numeric.assign(featureCount, {});
    out.categories.assign(featureCount, {});
    Random rng = Random::forStream(seedOf(story), current ? "current" : "reference");
    CsvWriter csv(path);
    for (const auto &feature : story.features)
        csv.text(feature.name);
    csv.endRow();
    std::vector<std::uint16_t> groups(story.protectedAttributes.size());
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t a = 0; a < groups.size(); ++a)
            groups[a] = static_cast<std::uint16_t>(rng.pick(model.groupDraw[a]));
        for (std::size_t f = 0; f < featureCount; ++f) {
            const Feature &feature = story.features[f];
            const bool missing = rng.bernoulli(feature.missingRate);
            std::size_t category = 0;
            const double latent = model.effect(feature, f, groups, rng, current, &category);
            if (feature.shape == Shape::Categorical) {
                out.categories[f].push_back(missing ? -1 : static_cast<int>(category));
                if (missing)
                    csv.missing();
                else
                    csv.text(feature.categories[category].value);
            } else {
                const double value = featureValue(feature, latent);
                out.numeric[f].push_back(missing ? std::nan("") : value);
                if (missing)
                    csv.missing();
                else
                    csv.number(value, feature.shape == Shape::Count ? 0 : feature.decimals);
            }
        }
        csv.endRow();
    }
    return csv.finish();
}

Json reportedMetrics(const Classification &candidate, const std::optional<Classification> &baseline, double aucOffset)
{
    Json out = Json::object();
    auto put = [&](const std::string &key, const std::optional<double> &value, double offset) {
        if (value)
            out[key] = roundTo(*value + offset, kReportedDecimals);
    };
    for (const std::string name : {"auc", "accuracy", "precision", "recall", "f1"})
        put(name, metricByName(candidate, name), name == "auc" ? aucOffset : 0.0);
    if (baseline)
        for (const std::string name : {"auc", "accuracy", "precision", "recall", "f1"})
            put("baseline_" + name, metricByName(*baseline, name), 0.0);
    return out;
}

} // namespace

void removeStaleArtifacts(const fs::path &dir, const std::vector<std::string> &keep)
{
    for (const char *name : {"evaluation.csv", "attributions.csv", "baseline_attributions.csv", "reference.csv",
                             "current.csv"})
        if (std::find(keep.begin(), keep.end(), name) == keep.end())
            fs::remove(dir / name);
}

void generateMlPackage(const MlStory &story, const fs::path &dir, std::ostream *log)
{
    const Json &modelInfo = story.manifest.at("model");
    const double threshold = modelInfo.at("decision_threshold").get<double>();
    const double baselineThreshold = modelInfo.contains("baseline_decision_threshold")
                                         ? modelInfo.at("baseline_decision_threshold").get<double>()
                                         : threshold;
    const bool hasBaseline = !modelInfo.at("baseline_version").is_null();
    const bool highScoreAdverse = modelInfo.at("adverse_outcome").get<std::string>() == "high_score";
    const std::string primary = modelInfo.at("primary_metric").get<std::string>();
    const Simulation &sim = story.simulation;
    const std::size_t attributionRows = sim.attributions ? std::min(sim.attributionRows, sim.evaluationRows) : 0;

    fs::create_directories(dir);
    const Model model(story);
    const Evaluation ev = simulateEvaluation(story, model, attributionRows);

    Json artifacts = Json::array();
    std::vector<std::string> written;
    auto record = [&](const std::string &file, const WrittenFile &result, const std::string &role) {
        artifacts.push_back(artifact(file, result, role));
        written.push_back(file);
    };
    record("evaluation.csv", writeEvaluation(story, ev, hasBaseline, dir / "evaluation.csv"), "evaluation");

    std::vector<double> importance, baselineImportance;
    if (sim.attributions) {
        record("attributions.csv", writeAttributions(story, ev, false, dir / "attributions.csv", importance),
               "attributions");
        if (hasBaseline)
            record("baseline_attributions.csv",
                   writeAttributions(story, ev, true, dir / "baseline_attributions.csv", baselineImportance),
                   "baseline_attributions");
    }
    DriftColumns reference, current;
    if (sim.drift) {
        record("reference.csv", writeDrift(story, model, false, dir / "reference.csv", reference), "drift_reference");
        record("current.csv", writeDrift(story, model, true, dir / "current.csv", current), "drift_current");
    }
    removeStaleArtifacts(dir, written);

    const Classification candidate = classify(ev.labels, ev.scores, threshold);
    std::optional<Classification> baseline;
    if (hasBaseline)
        baseline = classify(ev.labels, ev.baselineScores, baselineThreshold);

    Json manifest = story.manifest;
    Json features = Json::array();
    for (const auto &feature : story.features) {
        Json f = Json::object();
        f["name"] = feature.name;
        f["source"] = feature.source;
        f["status"] = feature.isNew ? "new" : "existing";
        f["type"] = feature.shape == Shape::Categorical ? "categorical" : "numeric";
        features.push_back(f);
    }
    manifest["features"] = features;
    Json attributes = Json::array();
    for (const auto &attribute : story.protectedAttributes)
        attributes.push_back(attribute.name);
    manifest["protected_attributes"] = attributes;
    manifest["reported_metrics"] = reportedMetrics(candidate, baseline, sim.reportedAucOffset);
    manifest["artifacts"] = artifacts;
    writeManifest(dir, manifest);

    if (!log)
        return;

    // ---- self-check -------------------------------------------------------------------------
    std::ostream &out = *log;
    double positives = 0;
    for (const auto l : ev.labels)
        positives += l;
    out << story.name << ": " << ev.labels.size() << " evaluation rows, prevalence "
        << fmt(positives / static_cast<double>(ev.labels.size())) << ", threshold " << fmt(threshold, 2)
        << ", adverse " << (highScoreAdverse ? "high_score" : "low_score") << "\n";
    auto describe = [&](const char *label, const Classification &c) {
        out << "  " << label << ": auc " << fmt(c.auc) << "  accuracy " << fmt(c.accuracy) << "  precision "
            << fmt(c.precision) << "  recall " << fmt(c.recall) << "  f1 " << fmt(c.f1) << "  selection_rate "
            << fmt(c.selectionRate) << "\n";
    };
    describe("candidate", candidate);
    if (baseline) {
        describe("baseline ", *baseline);
        const auto cand = metricByName(candidate, primary);
        const auto base = metricByName(*baseline, primary);
        out << "  primary " << primary << " change ";
        if (cand && base && *base != 0.0)
            out << fmt(100.0 * (*cand - *base) / std::fabs(*base), 2) << " %\n";
        else
            out << "null\n";
        double flips = 0;
        for (std::size_t i = 0; i < ev.scores.size(); ++i)
            flips += (ev.scores[i] >= threshold) != (ev.baselineScores[i] >= baselineThreshold) ? 1 : 0;
        out << "  flip_rate " << fmt(flips / static_cast<double>(ev.scores.size())) << "\n";
    }
    out << "  reported auc " << fmt(manifest["reported_metrics"].value("auc", -1.0)) << " vs data "
        << fmt(candidate.auc) << "\n";
    for (std::size_t a = 0; a < story.protectedAttributes.size(); ++a) {
        const auto &attribute = story.protectedAttributes[a];
        std::vector<std::string> names;
        for (const auto &g : attribute.groups)
            names.push_back(g.value);
        const Fairness fair = fairness(ev.labels, ev.scores, threshold, ev.groups[a], names, highScoreAdverse);
        out << "  " << attribute.name << " (" << (fair.favourable ? "favourable" : "selection") << " rate):";
        for (const auto &g : fair.groups)
            out << "  " << g.value << " n=" << g.n << " sel=" << fmt(g.selectionRate) << (g.smallSample ? " small" : "");
        const auto di = fair.disparateImpactRatio;
        out << "\n    disparate_impact_ratio " << fmt(di) << " ("
            << (!di ? "n/a" : *di < 0.8 ? "FAIL < 0.8" : *di < 0.9 ? "warn < 0.9" : "ok") << ")"
            << "  equalized_odds_difference " << fmt(fair.equalizedOddsDifference) << "\n";
    }
    if (!importance.empty()) {
        out << "  top importance:";
        std::vector<std::size_t> order(importance.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return importance[x] > importance[y]; });
        for (std::size_t k = 0; k < std::min<std::size_t>(5, order.size()); ++k)
            out << " " << story.features[order[k]].name << "=" << fmt(importance[order[k]], 3);
        out << "\n";
        if (!baselineImportance.empty()) {
            std::vector<std::string> names;
            for (const auto &f : story.features)
                names.push_back(f.name);
            out << "  stability_spearman " << fmt(spearman(importance, baselineImportance)) << "  top5_overlap "
                << fmt(top5Overlap(names, importance, baselineImportance), 2) << "\n";
        }
    }
    if (sim.drift) {
        out << "  psi:";
        for (std::size_t f = 0; f < story.features.size(); ++f) {
            const Feature &feature = story.features[f];
            const double psi = feature.shape == Shape::Categorical
                                   ? psiCategorical(reference.categories[f], current.categories[f],
                                                    static_cast<int>(feature.categories.size()))
                                   : psiNumeric(reference.numeric[f], current.numeric[f]);
            out << " " << feature.name << "=" << fmt(psi, 3);
        }
        out << "\n";
    }
}

} // namespace samplegen
