#include "DecisionImpact.h"

#include "Fairness.h"
#include "Numeric.h"

#include <map>

namespace cs::metrics {

namespace {

struct Tally
{
    std::uint64_t n = 0, flips = 0, newlyAdverse = 0, newlyFavourable = 0;

    void add(bool candidateAdverse, bool baselineAdverse)
    {
        ++n;
        flips += candidateAdverse != baselineAdverse;
        newlyAdverse += candidateAdverse && !baselineAdverse;
        newlyFavourable += !candidateAdverse && baselineAdverse;
    }
    ImpactRates rates() const
    {
        return {n, ratio(flips, n), ratio(newlyAdverse, n), ratio(newlyFavourable, n)};
    }
};

bool adverse(double score, double threshold, bool adverseIsHighScore)
{
    return (score >= threshold) == adverseIsHighScore;
}

} // namespace

ImpactRates impactRates(const DecisionInput &in)
{
    Tally tally;
    for (std::size_t i = 0; i < in.scores.size(); ++i)
        tally.add(adverse(in.scores[i], in.threshold, in.adverseIsHighScore),
                  adverse(in.baselineScores[i], in.baselineThreshold, in.adverseIsHighScore));
    return tally.rates();
}

DecisionImpact decisionImpact(const DecisionInput &in,
                              const std::vector<std::pair<std::string, const package::CategoricalColumn *>> &attributes)
{
    DecisionImpact out;
    out.overall = impactRates(in);
    for (const auto &[name, column] : attributes) {
        std::vector<Tally> perCode(column->levels.size() + 1);
        for (std::size_t i = 0; i < in.scores.size(); ++i) {
            const std::int32_t code = column->codes[i];
            perCode[code < 0 ? column->levels.size() : static_cast<std::size_t>(code)].add(
                adverse(in.scores[i], in.threshold, in.adverseIsHighScore),
                adverse(in.baselineScores[i], in.baselineThreshold, in.adverseIsHighScore));
        }
        std::map<std::string, Tally> byName;
        for (std::size_t g = 0; g < perCode.size(); ++g) {
            if (perCode[g].n == 0)
                continue;
            Tally &t = byName[g == column->levels.size() ? std::string(kMissingGroup) : column->levels[g]];
            t.n += perCode[g].n;
            t.flips += perCode[g].flips;
            t.newlyAdverse += perCode[g].newlyAdverse;
            t.newlyFavourable += perCode[g].newlyFavourable;
        }
        AttributeImpact attribute;
        attribute.attribute = name;
        for (const auto &[group, tally] : byName)
            attribute.groups.push_back({group, tally.rates()});
        out.byGroup.push_back(std::move(attribute));
    }
    return out;
}

} // namespace cs::metrics
