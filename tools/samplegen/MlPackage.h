#pragma once

// Simulated ml_model packages. Each row gets latent feature effects and protected-attribute
// groups; the label is drawn from a "true" logistic model, the candidate and baseline scores
// from their own weights plus noise, and the attributions are the linear models' SHAP values
// (weight x centred effect) plus a little noise. Drift files are fresh feature samples, the
// current one shifted where a feature says so. Everything is drawn from seeded streams.

#include "Manifest.h"

#include <iosfwd>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace samplegen {

enum class Shape {
    Normal,      // location + spread * z
    LogNormal,   // exp(location + spread * z)
    Count,       // round(location + spread * z), clamped (lowest defaults to 0)
    Ratio,       // sigmoid(location + spread * z), in (0, 1)
    Categorical, // one of `categories`
};

struct Category
{
    std::string value;
    double probability = 0.0;        // in reference data and evaluation rows
    double effect = 0.0;             // latent effect, multiplied by the feature's weights
    double currentProbability = 0.0; // in current.csv
};

struct Weights
{
    double truth = 0.0;     // drives the label
    double candidate = 0.0; // the candidate model's coefficient
    double baseline = 0.0;  // the production model's coefficient
};

struct Feature
{
    std::string name;
    std::string source;
    Shape shape = Shape::Normal;
    double location = 0.0;
    double spread = 1.0;
    int decimals = 2;
    double lowest = std::numeric_limits<double>::lowest();
    double highest = std::numeric_limits<double>::max();
    std::vector<Category> categories;
    Weights weights;
    double driftShift = 0.0;  // latent mean shift (in z units) of current.csv
    double missingRate = 0.0; // share of empty cells in the drift files
    bool isNew = false;
    std::string proxyFor;                                   // a protected attribute this feature proxies
    std::vector<std::pair<std::string, double>> proxyShift; // latent mean shift per group value
};

struct Group
{
    std::string value;
    double weight = 1.0;
    double labelShift = 0.0;     // true logit shift
    double candidateShift = 0.0; // candidate logit shift (bias learnt through proxies)
    double baselineShift = 0.0;
};

// An attribute whose groups carry no shift and that no feature proxies is "neutral": its labels
// are dealt out after the scores, evenly along the (label, score) order, so every group sees the
// same score distribution and the story shows no disparity that sampling noise alone would create.
struct ProtectedAttribute
{
    std::string name;
    std::vector<Group> groups;
};

struct Simulation
{
    std::size_t evaluationRows = 4000;
    std::size_t driftRows = 2000;
    std::size_t attributionRows = 1000;
    double labelIntercept = 0.0;
    double candidateIntercept = 0.0;
    double candidateNoise = 0.5;
    double baselineIntercept = 0.0;
    double baselineNoise = 0.7;
    double attributionNoise = 0.01;
    double reportedAucOffset = 0.0; // added to the reported auc (the mismatch story)
    bool attributions = true;
    bool drift = true;
};

struct MlStory
{
    std::string name;
    std::string seedName; // the random streams' name; stories sharing it share their data
    std::vector<Feature> features;
    std::vector<ProtectedAttribute> protectedAttributes;
    Simulation simulation;
    // Complete manifest; "features", "protected_attributes", "reported_metrics" and "artifacts"
    // are placeholders the generator fills in place. model.* drives the self-check.
    Json manifest;
};

// Writes the package into dir (created if needed) and prints the self-check to log when given.
void generateMlPackage(const MlStory &story, const std::filesystem::path &dir, std::ostream *log);

// Removes the data files a package may hold but this one does not (a stale file from an earlier
// run would look like part of the package).
void removeStaleArtifacts(const std::filesystem::path &dir, const std::vector<std::string> &keep);

} // namespace samplegen
