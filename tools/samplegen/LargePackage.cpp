#include "LargePackage.h"

#include "CsvWriter.h"
#include "DetMath.h"
#include "Format.h"
#include "Manifest.h"
#include "Metrics.h"
#include "MlPackage.h"
#include "Random.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

namespace samplegen {

namespace fs = std::filesystem;

namespace {

constexpr const char *kStream = "large";
constexpr int kScoreDecimals = 6;
constexpr int kAttributionDecimals = 6;

struct LargeFeature
{
    std::string name;
    Shape shape = Shape::Normal;
    double location = 0.0;
    double spread = 1.0;
    int decimals = 2;
    double driftShift = 0.0;
    std::vector<std::string> values;
    std::vector<double> reference; // category shares
    std::vector<double> current;
    double highest = std::numeric_limits<double>::max();
};

LargeFeature num(std::string name, Shape shape, double location, double spread, int decimals, double drift = 0.0)
{
    LargeFeature f;
    f.name = std::move(name);
    f.shape = shape;
    f.location = location;
    f.spread = spread;
    f.decimals = shape == Shape::Count ? 0 : decimals;
    f.driftShift = drift;
    return f;
}

LargeFeature cat(std::string name, std::vector<std::string> values, std::vector<double> reference,
                 std::vector<double> current = {})
{
    LargeFeature f;
    f.name = std::move(name);
    f.shape = Shape::Categorical;
    f.values = std::move(values);
    f.reference = std::move(reference);
    f.current = current.empty() ? f.reference : std::move(current);
    return f;
}

// A card-transaction risk feature set: 25 numeric and 5 categorical features; four of them drift
// (txn_amount, online_txn_share and velocity_24h in level, device_os in mix).
std::vector<LargeFeature> featureCatalogue(std::size_t count)
{
    std::vector<LargeFeature> all = {
        num("txn_amount", Shape::LogNormal, 4.2, 1.0, 2, 0.4),
        num("txn_count_7d", Shape::Count, 12, 8, 0),
        num("txn_count_30d", Shape::Count, 48, 25, 0),
        num("avg_txn_amount_30d", Shape::LogNormal, 4.0, 0.6, 2),
        cat("channel", {"online", "pos", "atm", "mobile"}, {0.42, 0.38, 0.08, 0.12}),
        num("max_txn_amount_30d", Shape::LogNormal, 5.5, 0.8, 2),
        num("days_since_last_txn", Shape::Count, 3, 4, 0),
        num("account_age_days", Shape::Count, 1400, 900, 0),
        num("balance", Shape::LogNormal, 7.5, 1.2, 2),
        num("balance_change_30d", Shape::Normal, 0.0, 0.12, 4),
        cat("merchant_category", {"grocery", "travel", "electronics", "fuel", "dining", "other"},
            {0.30, 0.08, 0.12, 0.15, 0.20, 0.15}),
        num("credit_utilisation", Shape::Ratio, -0.8, 1.0, 4),
        num("num_devices_30d", Shape::Count, 1.5, 1.0, 0),
        num("num_ip_addresses_30d", Shape::Count, 3, 2.5, 0),
        num("distance_from_home_km", Shape::LogNormal, 2.5, 1.3, 1),
        cat("card_type", {"debit", "credit", "prepaid"}, {0.60, 0.35, 0.05}),
        num("hour_of_day", Shape::Count, 14, 5, 0),
        num("merchant_risk_score", Shape::Ratio, -1.2, 1.1, 4),
        num("chargebacks_12m", Shape::Count, 0.2, 0.6, 0),
        num("failed_logins_7d", Shape::Count, 0.3, 1.0, 0),
        cat("device_os", {"ios", "android", "windows", "macos", "other"}, {0.38, 0.45, 0.10, 0.05, 0.02},
            {0.33, 0.38, 0.07, 0.04, 0.18}),
        num("password_resets_90d", Shape::Count, 0.1, 0.5, 0),
        num("international_txn_share", Shape::Ratio, -2.5, 1.2, 4),
        num("online_txn_share", Shape::Ratio, 0.0, 1.0, 4, 0.6),
        num("velocity_1h", Shape::Count, 1, 1.2, 0),
        num("velocity_24h", Shape::Count, 6, 4, 0, 0.45),
        cat("country_risk_band", {"low", "medium", "high"}, {0.85, 0.12, 0.03}),
        num("avg_basket_size", Shape::Normal, 3.2, 1.1, 2),
        num("income_estimate", Shape::LogNormal, 8.1, 0.5, 0),
        num("tenure_months", Shape::Count, 60, 40, 0),
    };
    all[16].highest = 23; // hour_of_day
    if (count <= all.size()) {
        all.resize(count);
        return all;
    }
    for (std::size_t i = all.size(); i < count; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "feature_%03zu", i + 1);
        all.push_back(num(name, Shape::Normal, 0.0, 1.0, 3));
    }
    return all;
}

// Attribution weight of feature i in the candidate and in the baseline: decreasing importance
// with alternating sign, the baseline's order a little different (two neighbours swapped).
double candidateWeight(std::size_t i)
{
    double magnitude = 0.9;
    for (std::size_t k = 0; k < i; ++k)
        magnitude *= 0.88; // not std::pow: its last bit is the library's choice
    return (i % 2 == 0 ? 1.0 : -1.0) * magnitude;
}

double baselineWeight(std::size_t i)
{
    const std::size_t j = (i == 2) ? 3 : (i == 3) ? 2 : i;
    return candidateWeight(j) * (j % 2 == 0 ? 1.0 : -1.0) * (i % 2 == 0 ? 1.0 : -1.0) * 0.95;
}

double value(const LargeFeature &f, double z)
{
    const double x = f.location + f.spread * z;
    double v = 0.0;
    double lowest = std::numeric_limits<double>::lowest();
    switch (f.shape) {
    case Shape::Normal:
        v = x;
        break;
    case Shape::LogNormal:
        v = det::exp(x);
        break;
    case Shape::Count:
        v = std::floor(x + 0.5);
        lowest = 0.0;
        break;
    case Shape::Ratio:
        v = det::sigmoid(x);
        break;
    case Shape::Categorical:
        break;
    }
    return std::clamp(v, lowest, f.highest);
}

void appendRowId(std::string &out, std::size_t index, int width)
{
    char digits[24];
    int n = 0;
    for (std::size_t v = index + 1; v > 0; v /= 10)
        digits[n++] = static_cast<char>('0' + v % 10);
    out.push_back('R');
    for (int pad = width - n; pad > 0; --pad)
        out.push_back('0');
    while (n > 0)
        out.push_back(digits[--n]);
}

int rowIdWidth(std::size_t rows)
{
    int width = 1;
    for (std::size_t v = rows; v >= 10; v /= 10)
        ++width;
    return std::max(width, 6);
}

struct EvaluationResult
{
    WrittenFile file;
    Classification candidate;
    Classification baseline;
    std::vector<Fairness> fairness;
};

const std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>> &largeAttributes()
{
    static const std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>> attributes = {
        {"age_band", {{"18-24", 0.13}, {"25-34", 0.26}, {"35-49", 0.30}, {"50-64", 0.20}, {"65+", 0.11}}},
        {"sex", {{"female", 0.51}, {"male", 0.49}}},
        {"region",
         {{"north_east", 0.05}, {"north_west", 0.11}, {"yorkshire", 0.08}, {"midlands", 0.16}, {"london", 0.15},
          {"south_east", 0.14}, {"south_west", 0.09}, {"east_of_england", 0.09}, {"scotland", 0.08},
          {"wales", 0.05}}},
    };
    return attributes;
}

constexpr double kThreshold = 0.5;

EvaluationResult writeEvaluation(const LargeOptions &options, const fs::path &path)
{
    const auto &attributes = largeAttributes();
    std::vector<std::vector<double>> draws;
    for (const auto &[name, groups] : attributes) {
        std::vector<double> weights;
        for (const auto &g : groups)
            weights.push_back(g.second);
        draws.push_back(cumulativeWeights(weights));
    }
    const std::size_t rows = options.rows;
    std::vector<std::uint8_t> labels(rows);
    std::vector<double> scores(rows), baselineScores(rows);
    std::vector<std::vector<std::uint16_t>> groups(attributes.size(), std::vector<std::uint16_t>(rows));
    Random rng = Random::forStream(kStream, "evaluation");
    CsvWriter csv(path);
    csv.text("row_id");
    csv.text("label");
    csv.text("score");
    csv.text("baseline_score");
    for (const auto &attribute : attributes)
        csv.text(attribute.first);
    csv.endRow();
    const int width = rowIdWidth(rows);
    std::string id;
    for (std::size_t i = 0; i < rows; ++i) {
        const double signal = rng.normal();
        const double secondary = rng.normal();
        const double truth = -2.0 + 1.5 * signal + 0.6 * secondary;
        labels[i] = rng.bernoulli(det::sigmoid(truth)) ? 1 : 0;
        scores[i] = quantize(det::sigmoid(-2.0 + 1.5 * signal + 0.55 * secondary + 0.45 * rng.normal()), kScoreDecimals);
        baselineScores[i] = quantize(det::sigmoid(-2.0 + 1.45 * signal + 0.4 * secondary + 0.6 * rng.normal()),
                                     kScoreDecimals);
        id.clear();
        appendRowId(id, i, width);
        csv.text(id);
        csv.integer(labels[i]);
        csv.number(scores[i], kScoreDecimals);
        csv.number(baselineScores[i], kScoreDecimals);
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            groups[a][i] = static_cast<std::uint16_t>(rng.pick(draws[a]));
            csv.text(attributes[a].second[groups[a][i]].first);
        }
        csv.endRow();
    }
    EvaluationResult result;
    result.file = csv.finish();
    result.candidate = classify(labels, scores, kThreshold);
    result.baseline = classify(labels, baselineScores, kThreshold);
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        std::vector<std::string> names;
        for (const auto &g : attributes[a].second)
            names.push_back(g.first);
        result.fairness.push_back(fairness(labels, scores, kThreshold, groups[a], names, true));
    }
    return result;
}

WrittenFile writeDrift(const std::vector<LargeFeature> &features, std::size_t rows, bool current,
                       const fs::path &path)
{
    constexpr double kMissingRate = 0.01;
    std::vector<std::vector<double>> draws;
    for (const auto &f : features)
        draws.push_back(f.shape == Shape::Categorical ? cumulativeWeights(current ? f.current : f.reference)
                                                       : std::vector<double>{});
    Random rng = Random::forStream(kStream, current ? "current" : "reference");
    CsvWriter csv(path);
    for (const auto &f : features)
        csv.text(f.name);
    csv.endRow();
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < features.size(); ++j) {
            const LargeFeature &f = features[j];
            const bool missing = rng.uniform() < kMissingRate;
            if (f.shape == Shape::Categorical) {
                const std::size_t k = rng.pick(draws[j]);
                if (missing)
                    csv.missing();
                else
                    csv.text(f.values[k]);
            } else {
                const double z = rng.normal() + (current ? f.driftShift : 0.0);
                if (missing)
                    csv.missing();
                else
                    csv.number(value(f, z), f.decimals);
            }
        }
        csv.endRow();
    }
    return csv.finish();
}

WrittenFile writeAttributions(const std::vector<LargeFeature> &features, std::size_t rows, std::size_t evaluationRows,
                              bool baseline, const fs::path &path)
{
    // Both files explain the same rows with the same inputs (one stream of feature draws);
    // only the weights and a little noise differ.
    Random inputs = Random::forStream(kStream, "attribution-inputs");
    Random noise = Random::forStream(kStream, baseline ? "baseline_attributions" : "attributions");
    std::vector<double> weights;
    for (std::size_t j = 0; j < features.size(); ++j)
        weights.push_back(baseline ? baselineWeight(j) : candidateWeight(j));
    CsvWriter csv(path);
    csv.text("row_id");
    for (const auto &f : features)
        csv.text(f.name);
    csv.endRow();
    const int width = rowIdWidth(std::max(rows, evaluationRows));
    std::string id;
    for (std::size_t i = 0; i < rows; ++i) {
        id.clear();
        appendRowId(id, i, width);
        csv.text(id);
        for (std::size_t j = 0; j < features.size(); ++j)
            csv.number(weights[j] * inputs.normal() + 0.01 * noise.normal(), kAttributionDecimals);
        csv.endRow();
    }
    return csv.finish();
}

Json largeManifest(const LargeOptions &options, const std::vector<LargeFeature> &features,
                   const EvaluationResult &evaluation, Json artifacts)
{
    Json m = manifestHeader("CS-BENCH-0001", "ml_model", "transaction-risk-benchmark", "1.0.0",
                            "benchmark@example-bank.com", "2026-03-01T00:00:00Z",
                            "Synthetic benchmark package for timing package loading, metrics, drift and "
                            "explainability on large inputs. Not a real model.",
                            "green");
    m["use_case"] = useCase("internal_ops", "advisory", false, {});
    Json model = Json::object();
    model["architecture"] = "gradient_boosting";
    model["baseline_version"] = "0.9.0";
    model["baseline_architecture"] = "gradient_boosting";
    model["primary_metric"] = "auc";
    model["decision_threshold"] = kThreshold;
    model["baseline_decision_threshold"] = kThreshold;
    model["adverse_outcome"] = "high_score";
    m["model"] = model;
    Json list = Json::array();
    for (const auto &f : features) {
        Json item = Json::object();
        item["name"] = f.name;
        item["source"] = "card_payments.authorisations";
        item["status"] = "existing";
        item["type"] = f.shape == Shape::Categorical ? "categorical" : "numeric";
        list.push_back(item);
    }
    m["features"] = list;
    m["data_sources"] = Json::array({dataSource("card_payments.authorisations", "DR-CRD-0002", false, std::nullopt)});
    Json protectedAttributes = Json::array();
    for (const auto &attribute : largeAttributes())
        protectedAttributes.push_back(attribute.first);
    m["protected_attributes"] = protectedAttributes;
    Json reported = Json::object();
    for (const std::string name : {"auc", "accuracy", "precision", "recall", "f1"})
        if (const auto v = metricByName(evaluation.candidate, name))
            reported[name] = roundTo(*v, 4);
    for (const std::string name : {"auc", "accuracy", "precision", "recall", "f1"})
        if (const auto v = metricByName(evaluation.baseline, name))
            reported["baseline_" + name] = roundTo(*v, 4);
    m["reported_metrics"] = reported;
    m["cost"] = cost(0.01, 0.01, static_cast<double>(options.rows), 1000);
    m["rollback"] = rollback("0.9.0", "Benchmark package: re-point the scoring alias to 0.9.0.", 5, {"benchmark-sink"});
    m["ab_test"] = nullptr;
    m["monitoring"] = monitoring();
    m["explainability"] = explainability("SHAP (TreeExplainer)", true);
    Json lineage = Json::object();
    lineage["training_datasets"] = Json::array({trainingDataset(
        "synthetic_transactions", "s3://ml-datasets/benchmark/synthetic-transactions/2026-03-01/",
        static_cast<double>(options.rows), "2026-03-01")});
    lineage["training_code"] = codeRef("https://git.example-bank.com/ml/countersign-benchmark", "1.0.0");
    m["lineage"] = lineage;
    m["tests"] = tests(true, "benchmark generator", "countersign-samplegen --large");
    m["artifacts"] = std::move(artifacts);
    return m;
}

std::string megabytes(std::uint64_t bytes)
{
    std::string out;
    appendFixed(out, static_cast<double>(bytes) / 1e6, 1);
    return out + " MB";
}

} // namespace

void generateLargePackage(const LargeOptions &options, const fs::path &dir, std::ostream *log)
{
    fs::create_directories(dir);
    const auto features = featureCatalogue(options.features);
    // Each file has its own random stream, so writing them in parallel changes no byte.
    auto evaluation = std::async(std::launch::async, [&] { return writeEvaluation(options, dir / "evaluation.csv"); });
    auto attributions = std::async(std::launch::async, [&] {
        return writeAttributions(features, options.attributionRows, options.rows, false, dir / "attributions.csv");
    });
    auto baselineAttributions = std::async(std::launch::async, [&] {
        return writeAttributions(features, options.attributionRows, options.rows, true,
                                 dir / "baseline_attributions.csv");
    });
    auto reference = std::async(std::launch::async,
                                [&] { return writeDrift(features, options.driftRows, false, dir / "reference.csv"); });
    auto current = std::async(std::launch::async,
                              [&] { return writeDrift(features, options.driftRows, true, dir / "current.csv"); });

    const EvaluationResult ev = evaluation.get();
    const std::vector<std::pair<std::string, WrittenFile>> files = {
        {"evaluation.csv", ev.file},
        {"attributions.csv", attributions.get()},
        {"baseline_attributions.csv", baselineAttributions.get()},
        {"reference.csv", reference.get()},
        {"current.csv", current.get()},
    };
    const char *roles[] = {"evaluation", "attributions", "baseline_attributions", "drift_reference", "drift_current"};
    Json artifacts = Json::array();
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        artifacts.push_back(artifact(files[i].first, files[i].second, roles[i]));
        total += files[i].second.bytes;
    }
    total += writeManifest(dir, largeManifest(options, features, ev, std::move(artifacts)));

    if (!log)
        return;
    std::ostream &out = *log;
    for (const auto &[name, file] : files)
        out << "  " << name << ": " << megabytes(file.bytes) << "\n";
    out << "  total with manifest.json: " << megabytes(total) << "\n";
    auto show = [](const std::optional<double> &v) {
        std::string s;
        if (v)
            appendFixed(s, *v, 4);
        else
            s = "null";
        return s;
    };
    out << "  candidate auc " << show(ev.candidate.auc) << ", baseline auc " << show(ev.baseline.auc) << "\n";
    const auto &attributes = largeAttributes();
    for (std::size_t a = 0; a < attributes.size(); ++a)
        out << "  " << attributes[a].first << " disparate_impact_ratio (favourable) "
            << show(ev.fairness[a].disparateImpactRatio) << "\n";
}

} // namespace samplegen
