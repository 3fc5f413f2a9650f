#pragma once

// Input drift per feature between the training reference and recent production data
// (contract section 2): PSI over reference deciles or categories, KS, missing rates.

#include "package/Csv.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cs::metrics {

struct FeatureDrift
{
    std::string feature;
    bool numeric = true;
    std::optional<double> psi;
    std::optional<double> ks; // numeric features only
    std::optional<double> missingRateReference;
    std::optional<double> missingRateCurrent;
    // Bin proportions before flooring, for the histogram view.
    std::vector<std::string> binLabels;
    std::vector<double> referenceShare;
    std::vector<double> currentShare;
};

inline constexpr double kPsiFloor = 1e-4;

// The reference's deciles by numpy's linear method, duplicates removed. `sorted` has no NaN.
std::vector<double> decileEdges(std::span<const double> sorted);

// Sum of (cur - ref) * ln(cur / ref) with each proportion floored at 1e-4.
double psiFromCounts(std::span<const std::uint64_t> reference, std::uint64_t referenceTotal,
                     std::span<const std::uint64_t> current, std::uint64_t currentTotal);

// sup |F_ref - F_cur| over two sorted samples.
double ksStatistic(std::span<const double> sortedReference, std::span<const double> sortedCurrent);

// Numeric feature: values may contain NaN (missing).
FeatureDrift numericDrift(const std::string &feature, std::span<const double> reference,
                          std::span<const double> current);

// Categorical feature: one bin per category seen in either file, compared by text.
FeatureDrift categoricalDrift(const std::string &feature, const package::CategoricalColumn &reference,
                              const package::CategoricalColumn &current);

// Every column present in both tables, typed by the schema the tables were read with
// (Inferred columns are numeric when all their values in both files are numbers).
std::vector<FeatureDrift> tableDrift(const package::CsvTable &reference, const package::CsvTable &current);

} // namespace cs::metrics
