#pragma once

// The parts of the review that are facts from the manifest rather than recomputed numbers:
// cost, data sources and features, lineage and tests, rollback, the A/B plan, monitoring,
// the release checks of apps and pipelines, and the manifest itself as submitted.

#include "review/Section.h"

#include <memory>

namespace cs::policy {
struct Policy;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

class DataTable;

// A section of one or more small tables with an optional lead sentence.
class FactsSection final : public Section
{
    Q_OBJECT
public:
    FactsSection(SectionId id, QWidget *parent = nullptr);
    DataTable *addTable(const QStringList &headers, const std::vector<QStringList> &rows);
    // Label/value pairs that wrap: plans and URIs are sentences, not table cells.
    void addFacts(const std::vector<std::pair<QString, QString>> &facts);
    void addLead(const QString &richText);
};

FactsSection *makeCostSection(const review::Review &review, QWidget *parent);
FactsSection *makeDataSourcesSection(const review::Review &review, const policy::Policy &policy, QWidget *parent);
FactsSection *makeLineageSection(const review::Review &review, QWidget *parent);
FactsSection *makeRollbackSection(const review::Review &review, QWidget *parent);
FactsSection *makeAbTestSection(const review::Review &review, QWidget *parent);
FactsSection *makeMonitoringSection(const review::Review &review, QWidget *parent);
FactsSection *makeChecksSection(const review::Review &review, QWidget *parent);

class ManifestSection final : public Section
{
    Q_OBJECT
public:
    ManifestSection(const review::Review &review, QWidget *parent = nullptr);
};

} // namespace cs::ui
