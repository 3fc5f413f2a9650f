#include "StoryCatalog.h"

#include "Manifest.h"
#include "MlPackage.h"

#include <optional>
#include <stdexcept>

namespace samplegen {

namespace {

namespace fs = std::filesystem;

// ---- small builders -----------------------------------------------------------------------

Feature numeric(const std::string &name, const std::string &source, Shape shape, double location, double spread,
                int decimals, Weights weights)
{
    Feature f;
    f.name = name;
    f.source = source;
    f.shape = shape;
    f.location = location;
    f.spread = spread;
    f.decimals = decimals;
    f.weights = weights;
    return f;
}

Feature bounded(Feature f, double lowest, double highest)
{
    f.lowest = lowest;
    f.highest = highest;
    return f;
}

Feature drifting(Feature f, double shift)
{
    f.driftShift = shift;
    return f;
}

Feature sparse(Feature f, double missingRate)
{
    f.missingRate = missingRate;
    return f;
}

Feature categorical(const std::string &name, const std::string &source, std::vector<Category> categories,
                    Weights weights)
{
    Feature f;
    f.name = name;
    f.source = source;
    f.shape = Shape::Categorical;
    f.categories = std::move(categories);
    f.weights = weights;
    return f;
}

// A category whose share is the same in reference and current data.
Category category(const std::string &value, double probability, double effect)
{
    return Category{value, probability, effect, probability};
}

ProtectedAttribute neutralAgeBands()
{
    return {"age_band",
            {{"18-24", 0.13}, {"25-34", 0.26}, {"35-49", 0.30}, {"50-64", 0.20}, {"65+", 0.11}}};
}

ProtectedAttribute neutralSex()
{
    return {"sex", {{"F", 0.51}, {"M", 0.49}}};
}

Json model(const std::string &architecture, const std::string &baselineVersion, const std::string &baselineArchitecture,
           const std::string &primaryMetric, double threshold, double baselineThreshold, const std::string &adverse)
{
    Json m = Json::object();
    m["architecture"] = architecture;
    m["baseline_version"] = baselineVersion;
    m["baseline_architecture"] = baselineArchitecture;
    m["primary_metric"] = primaryMetric;
    m["decision_threshold"] = threshold;
    m["baseline_decision_threshold"] = baselineThreshold;
    m["adverse_outcome"] = adverse;
    return m;
}

struct MlSections
{
    Json useCase;
    Json model;
    Json dataSources;
    Json cost;
    Json rollback;
    Json abTest; // null when not customer facing
    Json explainability;
    Json lineage;
    Json tests;
};

// The whole ml_model manifest in the contract's key order, with placeholders for what the
// generator computes.
Json mlManifest(Json header, MlSections s)
{
    Json m = std::move(header);
    m["use_case"] = std::move(s.useCase);
    m["model"] = std::move(s.model);
    m["features"] = nullptr;
    m["data_sources"] = std::move(s.dataSources);
    m["protected_attributes"] = nullptr;
    m["reported_metrics"] = nullptr;
    m["cost"] = std::move(s.cost);
    m["rollback"] = std::move(s.rollback);
    m["ab_test"] = std::move(s.abTest);
    m["monitoring"] = monitoring();
    m["explainability"] = std::move(s.explainability);
    m["lineage"] = std::move(s.lineage);
    m["tests"] = std::move(s.tests);
    m["artifacts"] = nullptr;
    return m;
}

Json lineage(Json datasets, const std::string &repository, const std::string &version)
{
    Json l = Json::object();
    l["training_datasets"] = std::move(datasets);
    l["training_code"] = codeRef(repository, version);
    return l;
}

std::function<void(const fs::path &, std::ostream *)> mlGenerator(MlStory story)
{
    return [story = std::move(story)](const fs::path &dir, std::ostream *log) { generateMlPackage(story, dir, log); };
}

std::function<void(const fs::path &, std::ostream *)> manifestOnly(Json manifest)
{
    return [manifest = std::move(manifest)](const fs::path &dir, std::ostream *) {
        fs::create_directories(dir);
        removeStaleArtifacts(dir, {});
        writeManifest(dir, manifest);
    };
}

// ---- 1. credit-limit-red --------------------------------------------------------------------

MlStory creditLimitRed()
{
    MlStory s;
    s.name = "credit-limit-red";
    // age_band: the candidate learnt, through credit_history_months and other proxies, to score
    // young applicants far lower than the truth warrants; sex: a milder gap.
    s.protectedAttributes = {
        {"age_band",
         {{"18-24", 0.13, -0.20, -0.05, -0.25},
          {"25-34", 0.26, -0.08, 0.00, -0.10},
          {"35-49", 0.30, 0.00, 0.00, 0.00},
          {"50-64", 0.20, 0.05, 0.10, 0.05},
          {"65+", 0.11, 0.00, 0.00, 0.00}}},
        {"sex", {{"F", 0.49, 0.05, -0.42, -0.10}, {"M", 0.51, 0.00, 0.00, 0.00}}},
    };
    Feature history = numeric("credit_history_months", "credit_bureau.reports", Shape::Count, 120, 70, 0,
                              {0.25, 0.45, 0.30});
    history.proxyFor = "age_band";
    history.proxyShift = {{"18-24", -1.2}, {"25-34", -0.5}, {"35-49", 0.2}, {"50-64", 0.6}, {"65+", 0.9}};
    s.features = {
        bounded(numeric("payment_history_score", "credit_bureau.reports", Shape::Normal, 680, 60, 0, {0.90, 0.92, 0.80}),
                300, 850),
        bounded(numeric("utilisation_ratio", "credit_bureau.reports", Shape::Ratio, -0.6, 0.9, 4, {-0.70, -0.72, -0.60}),
                0.0, 1.0),
        numeric("missed_payments_12m", "core_banking.transactions", Shape::Count, 0.4, 0.9, 0, {-0.60, -0.60, -0.55}),
        drifting(sparse(numeric("monthly_income", "crm.customers", Shape::LogNormal, 8.24, 0.45, 2, {0.50, 0.50, 0.42}),
                        0.02),
                 0.08),
        numeric("recent_inquiries_6m", "credit_bureau.reports", Shape::Count, 1.2, 1.3, 0, {-0.35, -0.36, -0.30}),
        numeric("months_on_book", "core_banking.accounts", Shape::Count, 48, 30, 0, {0.30, 0.30, 0.35}),
        history,
        categorical("employment_type", "crm.customers",
                    {category("salaried", 0.62, 0.20), category("self_employed", 0.18, -0.10),
                     category("part_time", 0.10, -0.30), category("retired", 0.07, 0.10),
                     category("unemployed", 0.03, -0.90)},
                    {1.0, 1.0, 0.9}),
        drifting(numeric("avg_monthly_spend", "core_banking.transactions", Shape::LogNormal, 7.25, 0.5, 2,
                         {0.15, 0.15, 0.10}),
                 0.10),
        numeric("balance_trend_3m", "core_banking.accounts", Shape::Normal, 0.0, 0.08, 4, {-0.20, -0.25, -0.12}),
    };
    s.simulation.labelIntercept = 1.0;
    s.simulation.candidateIntercept = 1.05;
    s.simulation.candidateNoise = 0.45;
    s.simulation.baselineIntercept = 0.95;
    s.simulation.baselineNoise = 0.85;

    MlSections m;
    m.useCase = useCase("credit", "automated", true, {"ECOA"});
    m.model = model("neural_network", "3.6.2", "gradient_boosting", "auc", 0.55, 0.55, "low_score");
    m.dataSources = Json::array({
        dataSource("core_banking.accounts", "DR-CBK-0001", false, std::nullopt),
        dataSource("core_banking.transactions", "DR-CBK-0002", false, std::nullopt),
        dataSource("credit_bureau.reports", "DR-CRB-0004", true, "DG-2025-0318"),
        dataSource("crm.customers", "DR-CRM-0001", false, std::nullopt),
    });
    m.cost = cost(0.18, 0.15, 2400000, 600);
    m.rollback = rollback("3.6.2",
                          "Switch the feature flag credit_limit_model_version back to 3.6.2 in the card-limit engine; "
                          "3.6.2 stays deployed and warm for 90 days, and offers made by 4.0.0 are honoured.",
                          15, {"card-limit-engine", "customer-notifications", "credit-risk-reporting"});
    m.abTest = abTest(10, 28, "12-month good-standing rate of accepted increases",
                      {"approval rate per age_band within 5 points of control", "30-day delinquency rate",
                       "complaints about limit decisions"});
    m.explainability = explainability("SHAP (DeepExplainer)", true);
    m.lineage = lineage(Json::array({trainingDataset("credit_limit_increase_outcomes_2023_2025",
                                                     "s3://ml-datasets/credit/limit-increase/2026-02-15/", 1850000,
                                                     "2026-02-15")}),
                        "https://git.example-bank.com/ml/credit-limit-model", "4.0.0");
    m.tests = tests(true, "credit-limit-model CI: unit, data contract, scoring parity",
                    "https://ci.example-bank.com/ml/credit-limit-model/builds/1184");
    s.manifest = mlManifest(
        manifestHeader("CS-2026-0141", "ml_model", "credit-limit-increase", "4.0.0", "priya.raman@example-bank.com",
                       "2026-03-02T09:14:00Z",
                       "Replaces the gradient-boosted credit-limit-increase model (3.6.2) with a feed-forward neural "
                       "network trained on 36 months of bureau and account data. Card holders are scored monthly; a "
                       "score below the threshold means no automatic limit increase is offered.",
                       "yellow"),
        std::move(m));
    return s;
}

// ---- 2, 3. recommendation-pii-approved / -unapproved ----------------------------------------

MlStory recommendation(bool approved)
{
    MlStory s;
    s.name = approved ? "recommendation-pii-approved" : "recommendation-pii-unapproved";
    s.seedName = "recommendation"; // both stories share their data: only the approval differs
    s.protectedAttributes = {neutralAgeBands(), neutralSex()};
    s.features = {
        bounded(numeric("days_since_last_purchase", "ecommerce.purchase_history", Shape::Count, 30, 25, 0,
                        {-0.50, -0.50, -0.45}),
                0, 365),
        numeric("purchases_90d", "ecommerce.purchase_history", Shape::Count, 3, 2.5, 0, {0.60, 0.60, 0.55}),
        numeric("avg_order_value", "ecommerce.purchase_history", Shape::LogNormal, 3.8, 0.6, 2, {0.20, 0.20, 0.15}),
        numeric("category_affinity", "ecommerce.purchase_history", Shape::Ratio, 0.0, 1.2, 4, {0.90, 0.86, 0.72}),
        drifting(numeric("sessions_30d", "web.clickstream", Shape::Count, 8, 6, 0, {0.40, 0.40, 0.35}), 0.10),
        sparse(numeric("product_views_7d", "web.clickstream", Shape::Count, 5, 4, 0, {0.50, 0.50, 0.42}), 0.01),
        categorical("price_band", "ecommerce.product_catalog",
                    {category("budget", 0.45, 0.20), category("mid", 0.40, 0.00), category("premium", 0.15, -0.40)},
                    {1.0, 1.0, 1.0}),
        bounded(numeric("product_rating", "ecommerce.product_catalog", Shape::Normal, 4.1, 0.45, 1, {0.30, 0.30, 0.30}),
                1, 5),
        bounded(numeric("discount_pct", "ecommerce.product_catalog", Shape::Count, 12, 9, 0, {0.25, 0.25, 0.20}), 0,
                70),
    };
    s.simulation.labelIntercept = -2.3;
    s.simulation.candidateIntercept = -2.3;
    s.simulation.candidateNoise = 0.55;
    s.simulation.baselineIntercept = -2.3;
    s.simulation.baselineNoise = 0.65;

    MlSections m;
    m.useCase = useCase("recommendation", "automated", true, {});
    m.model = model("gradient_boosting", "2.7.3", "gradient_boosting", "auc", 0.2, 0.2, "low_score");
    m.dataSources = Json::array({
        dataSource("ecommerce.purchase_history", "DR-ECM-0003", true,
                   approved ? std::optional<std::string>("DG-2026-0142") : std::nullopt),
        dataSource("ecommerce.product_catalog", "DR-ECM-0004", false, std::nullopt),
        dataSource("web.clickstream", "DR-WEB-0001", false, std::nullopt),
    });
    m.cost = cost(0.05, 0.045, 30000000, 2000);
    m.rollback = rollback("2.7.3",
                          "Roll the recommendation service's model alias back to 2.7.3 (kept loaded in the serving "
                          "cluster); the carousel falls back to best-sellers if neither model answers within 150 ms.",
                          10, {"web-storefront", "mobile-app", "email-campaigns"});
    m.abTest = abTest(20, 14, "click-through rate on recommended products",
                      {"order cancellation rate", "recommendation latency p95 below 150 ms",
                       "coverage of recommendations per age_band"});
    m.explainability = explainability("SHAP (TreeExplainer)", false);
    m.lineage = lineage(Json::array({trainingDataset("recommendation_interactions_2025",
                                                     "s3://ml-datasets/recommendation/interactions/2026-02-28/",
                                                     12400000, "2026-02-28")}),
                        "https://git.example-bank.com/ml/product-recommendations", "2.8.0");
    m.tests = tests(true, "product-recommendations CI: unit, offline replay, serving contract",
                    "https://ci.example-bank.com/ml/product-recommendations/builds/877");
    s.manifest = mlManifest(
        manifestHeader(approved ? "CS-2026-0152" : "CS-2026-0153", "ml_model", "product-recommendations", "2.8.0",
                       "tomas.lindqvist@example-bank.com", approved ? "2026-03-03T14:05:00Z" : "2026-03-03T14:40:00Z",
                       approved ? "Monthly retrain of the product recommendation ranker on the latest purchase "
                                  "history; same architecture and features as 2.7.3. Purchase history is personal "
                                  "data, used under data-governance approval DG-2026-0142."
                                : "Monthly retrain of the product recommendation ranker on the latest purchase "
                                  "history; same architecture and features as 2.7.3. The purchase history source "
                                  "holds personal data and no data-governance approval is referenced.",
                       "yellow"),
        std::move(m));
    return s;
}

// ---- 4. fraud-triage-green ------------------------------------------------------------------

MlStory fraudTriageGreen()
{
    MlStory s;
    s.name = "fraud-triage-green";
    s.protectedAttributes = {neutralAgeBands()};
    s.features = {
        numeric("alert_amount", "card_payments.authorisations", Shape::LogNormal, 4.79, 1.0, 2, {0.50, 0.50, 0.45}),
        numeric("merchant_risk_score", "card_payments.authorisations", Shape::Ratio, -1.0, 1.0, 4, {0.70, 0.70, 0.62}),
        numeric("txn_velocity_1h", "card_payments.authorisations", Shape::Count, 2, 2, 0, {0.60, 0.60, 0.52}),
        sparse(numeric("distance_from_home_km", "card_payments.authorisations", Shape::LogNormal, 2.7, 1.2, 1,
                       {0.40, 0.40, 0.35}),
               0.015),
        categorical("card_present", "card_payments.authorisations",
                    {category("yes", 0.55, -0.40), category("no", 0.45, 0.50)}, {1.0, 1.0, 1.0}),
        categorical("channel", "card_payments.authorisations",
                    {Category{"ecommerce", 0.40, 0.30, 0.43}, Category{"pos", 0.35, -0.20, 0.33},
                     Category{"contactless", 0.20, -0.30, 0.20}, Category{"atm", 0.05, 0.20, 0.04}},
                    {1.0, 1.0, 0.8}),
        numeric("prior_chargebacks_12m", "fraud.chargebacks", Shape::Count, 0.3, 0.8, 0, {0.45, 0.45, 0.40}),
        numeric("rules_triggered", "card_payments.authorisations", Shape::Count, 3, 1.8, 0, {0.50, 0.50, 0.50}),
        drifting(numeric("similar_alerts_24h", "ops.tickets", Shape::Count, 4, 3, 0, {0.30, 0.35, 0.20}), 0.12),
    };
    s.simulation.labelIntercept = -2.6;
    s.simulation.candidateIntercept = -2.6;
    s.simulation.candidateNoise = 0.50;
    s.simulation.baselineIntercept = -2.53;
    s.simulation.baselineNoise = 0.55;

    MlSections m;
    m.useCase = useCase("internal_ops", "advisory", false, {});
    m.model = model("gradient_boosting", "1.8.1", "gradient_boosting", "recall", 0.3, 0.3, "high_score");
    m.dataSources = Json::array({
        dataSource("card_payments.authorisations", "DR-CRD-0002", false, std::nullopt),
        dataSource("fraud.chargebacks", "DR-FRD-0001", false, std::nullopt),
        dataSource("ops.tickets", "DR-OPS-0003", false, std::nullopt),
    });
    m.cost = cost(0.02, 0.02, 1200000, 100);
    m.rollback = rollback("1.8.1",
                          "Re-point the triage service to model 1.8.1 (kept deployed); alerts already ranked keep "
                          "their order and are re-ranked on the next queue refresh.",
                          10, {"fraud-ops-case-queue", "fraud-ops-dashboard"});
    m.abTest = nullptr;
    m.explainability = explainability("SHAP (TreeExplainer)", true);
    m.lineage = lineage(Json::array({trainingDataset("fraud_alert_outcomes_2025",
                                                     "s3://ml-datasets/fraud-ops/alert-outcomes/2026-02-20/", 640000,
                                                     "2026-02-20")}),
                        "https://git.example-bank.com/ml/fraud-alert-triage", "1.9.0");
    m.tests = tests(true, "fraud-alert-triage CI: unit, backtest on the last 8 weeks, queue contract",
                    "https://ci.example-bank.com/ml/fraud-alert-triage/builds/412");
    s.manifest = mlManifest(
        manifestHeader("CS-2026-0160", "ml_model", "fraud-alert-triage", "1.9.0", "amara.okafor@example-bank.com",
                       "2026-03-04T08:30:00Z",
                       "Quarterly retrain of the model that orders card-fraud alerts in the internal fraud-operations "
                       "queue. It only ranks alerts for analysts, who make every decision; nothing is sent to "
                       "customers. Same features, architecture and escalation threshold as 1.8.1.",
                       "green"),
        std::move(m));
    return s;
}

// ---- 5. pricing-automated-red ---------------------------------------------------------------

MlStory pricingAutomatedRed()
{
    MlStory s;
    s.name = "pricing-automated-red";
    s.protectedAttributes = {neutralAgeBands(), neutralSex()};
    s.features = {
        numeric("basket_value", "ecommerce.orders", Shape::LogNormal, 4.1, 0.7, 2, {0.40, 0.40, 0.35}),
        numeric("visits_7d", "web.clickstream", Shape::Count, 3, 2.5, 0, {0.50, 0.50, 0.45}),
        drifting(numeric("competitor_price_index", "pricing.market_rates", Shape::Normal, 1.0, 0.06, 3,
                         {0.60, 0.60, 0.52}),
                 0.10),
        numeric("demand_index", "pricing.market_rates", Shape::Normal, 1.0, 0.15, 3, {0.70, 0.70, 0.64}),
        bounded(numeric("hour_of_day", "web.clickstream", Shape::Count, 14, 5, 0, {0.10, 0.10, 0.10}), 0, 23),
        sparse(numeric("past_orders_12m", "ecommerce.orders", Shape::Count, 6, 5, 0, {0.30, 0.30, 0.28}), 0.01),
        categorical("device_type", "web.clickstream",
                    {category("desktop", 0.35, 0.10), category("mobile", 0.55, 0.00), category("tablet", 0.10, -0.10)},
                    {1.0, 1.0, 1.0}),
        categorical("product_category", "ecommerce.product_catalog",
                    {category("electronics", 0.25, 0.20), category("home", 0.30, 0.00),
                     category("fashion", 0.30, -0.10), category("grocery", 0.15, -0.30)},
                    {1.0, 1.0, 1.0}),
    };
    s.simulation.labelIntercept = -0.6;
    s.simulation.candidateIntercept = -0.6;
    s.simulation.candidateNoise = 0.50;
    s.simulation.baselineIntercept = -0.6;
    s.simulation.baselineNoise = 0.65;

    MlSections m;
    m.useCase = useCase("pricing", "automated", true, {});
    m.model = model("gradient_boosting", "3.1.4", "gradient_boosting", "auc", 0.6, 0.6, "high_score");
    m.dataSources = Json::array({
        dataSource("pricing.market_rates", "DR-PRC-0001", false, std::nullopt),
        dataSource("ecommerce.orders", "DR-ECM-0001", false, std::nullopt),
        dataSource("ecommerce.product_catalog", "DR-ECM-0004", false, std::nullopt),
        dataSource("web.clickstream", "DR-WEB-0001", false, std::nullopt),
    });
    m.cost = cost(0.04, 0.04, 18000000, 900);
    m.rollback = rollback("3.1.4",
                          "Set the pricing engine's model alias back to 3.1.4; quotes already issued keep their "
                          "price until they expire (30 minutes).",
                          5, {"checkout-service", "price-display-cache", "finance-margin-reporting"});
    m.abTest = abTest(5, 21, "gross margin per session",
                      {"conversion rate", "premium-tier share per age_band within 3 points of control",
                       "price complaints per 10k orders"});
    m.explainability = explainability("SHAP (TreeExplainer)", true);
    m.lineage = lineage(Json::array({trainingDataset("premium_quote_outcomes_2025",
                                                     "s3://ml-datasets/pricing/premium-quotes/2026-02-25/", 3200000,
                                                     "2026-02-25")}),
                        "https://git.example-bank.com/ml/dynamic-pricing", "3.2.0");
    m.tests = tests(true, "dynamic-pricing CI: unit, price-bound guards, replay of last 4 weeks",
                    "https://ci.example-bank.com/ml/dynamic-pricing/builds/265");
    s.manifest = mlManifest(
        manifestHeader("CS-2026-0171", "ml_model", "dynamic-pricing", "3.2.0", "lena.hoffmann@example-bank.com",
                       "2026-03-05T11:20:00Z",
                       "Retrain of the model that decides, at checkout and without human review, whether the premium "
                       "price tier applies to a basket. A score at or above the threshold sets the higher price.",
                       "yellow"),
        std::move(m));
    return s;
}

// ---- 9. reported-auc-mismatch ---------------------------------------------------------------

MlStory reportedAucMismatch()
{
    MlStory s;
    s.name = "reported-auc-mismatch";
    s.protectedAttributes = {neutralAgeBands(), neutralSex()};
    s.features = {
        numeric("tenure_months", "crm.customers", Shape::Count, 60, 40, 0, {-0.50, -0.50, -0.45}),
        bounded(numeric("products_held", "crm.customers", Shape::Count, 2.5, 1.2, 0, {-0.60, -0.60, -0.50}), 1, 12),
        numeric("balance_trend_3m", "core_banking.accounts", Shape::Normal, 0.0, 0.15, 4, {-0.50, -0.50, -0.40}),
        drifting(numeric("logins_30d", "web.clickstream", Shape::Count, 12, 8, 0, {-0.45, -0.45, -0.40}), 0.10),
        numeric("complaints_90d", "ops.tickets", Shape::Count, 0.2, 0.7, 0, {0.50, 0.50, 0.45}),
        categorical("salary_credit_present", "core_banking.transactions",
                    {category("yes", 0.70, -0.30), category("no", 0.30, 0.70)}, {1.0, 1.0, 0.9}),
        sparse(numeric("card_spend_change_pct", "core_banking.transactions", Shape::Normal, 0.0, 20, 1,
                       {-0.35, -0.35, -0.30}),
               0.02),
        numeric("branch_visits_12m", "crm.customers", Shape::Count, 2, 2, 0, {-0.10, -0.10, -0.10}),
    };
    s.simulation.labelIntercept = -2.0;
    s.simulation.candidateIntercept = -2.0;
    s.simulation.candidateNoise = 0.50;
    s.simulation.baselineIntercept = -2.0;
    s.simulation.baselineNoise = 0.62;
    s.simulation.reportedAucOffset = 0.03;

    MlSections m;
    m.useCase = useCase("marketing", "advisory", false, {});
    m.model = model("gradient_boosting", "5.0.2", "gradient_boosting", "auc", 0.3, 0.3, "low_score");
    m.dataSources = Json::array({
        dataSource("crm.customers", "DR-CRM-0001", false, std::nullopt),
        dataSource("core_banking.accounts", "DR-CBK-0001", false, std::nullopt),
        dataSource("core_banking.transactions", "DR-CBK-0002", false, std::nullopt),
        dataSource("web.clickstream", "DR-WEB-0001", false, std::nullopt),
        dataSource("ops.tickets", "DR-OPS-0003", false, std::nullopt),
    });
    m.cost = cost(0.03, 0.03, 800000, 60);
    m.rollback = rollback("5.0.2",
                          "Restore the 5.0.2 scores in the retention campaign table from the nightly snapshot and "
                          "re-point the weekly scoring job to 5.0.2.",
                          30, {"retention-campaign-planner", "relationship-manager-worklist"});
    m.abTest = nullptr;
    m.explainability = explainability("SHAP (TreeExplainer)", false);
    m.lineage = lineage(Json::array({trainingDataset("customer_attrition_2024_2025",
                                                     "s3://ml-datasets/retention/attrition/2026-02-01/", 2100000,
                                                     "2026-02-01")}),
                        "https://git.example-bank.com/ml/retention-propensity", "5.1.0");
    m.tests = tests(true, "retention-propensity CI: unit, data contract, backtest",
                    "https://ci.example-bank.com/ml/retention-propensity/builds/530");
    s.manifest = mlManifest(
        manifestHeader("CS-2026-0180", "ml_model", "retention-propensity", "5.1.0", "jonas.weber@example-bank.com",
                       "2026-03-06T10:00:00Z",
                       "Retrain of the weekly attrition-propensity model behind the retention campaign list; "
                       "relationship managers choose whom to contact. The summary slide quotes an AUC of the "
                       "validation run, not of the evaluation set submitted here.",
                       "green"),
        std::move(m));
    return s;
}

// ---- 6, 7. apps -----------------------------------------------------------------------------

Json appSection(bool containsPii)
{
    Json scan = Json::object();
    scan["critical"] = 0;
    scan["high"] = 0;
    Json a = Json::object();
    a["code_review_approvals"] = 2;
    a["security_scan"] = scan;
    a["integration_tests_passed"] = true;
    a["staging_validated"] = true;
    a["contains_pii"] = containsPii;
    a["risk"] = "low";
    return a;
}

Json appGreen()
{
    Json m = manifestHeader("CS-2026-0190", "app", "branch-queue-dashboard", "3.4.0", "noah.fischer@example-bank.com",
                            "2026-03-06T15:45:00Z",
                            "Release of the internal dashboard that shows branch staff the live length of the "
                            "appointment queue from ticket counts; no customer data is read or stored.",
                            "green");
    m["use_case"] = useCase("internal_ops", "none", false, {});
    m["data_sources"] = Json::array({dataSource("ops.tickets", "DR-OPS-0003", false, std::nullopt)});
    m["rollback"] = rollback("3.3.2", "Redeploy the 3.3.2 container image from the registry with the release pipeline.",
                             10, {"branch-operations-reporting"});
    m["tests"] = tests(true, "branch-queue-dashboard CI: unit, UI smoke, contract",
                       "https://ci.example-bank.com/apps/branch-queue-dashboard/builds/2210");
    m["app"] = appSection(false);
    m["artifacts"] = Json::array();
    return m;
}

Json appPiiRed()
{
    Json m = manifestHeader("CS-2026-0191", "app", "branch-callback-scheduler", "1.2.0", "noah.fischer@example-bank.com",
                            "2026-03-06T16:10:00Z",
                            "Adds offline mode to the branch callback scheduler: customer names and phone numbers "
                            "are cached in the container's local SQLite file so staff can work when the CRM is down.",
                            "green");
    m["use_case"] = useCase("internal_ops", "none", false, {});
    m["data_sources"] = Json::array({dataSource("crm.customers", "DR-CRM-0001", true, "DG-2025-0207")});
    m["rollback"] = rollback("1.1.4", "Redeploy the 1.1.4 container image and delete the local cache volume.", 15,
                             {"branch-callback-reporting"});
    m["tests"] = tests(true, "branch-callback-scheduler CI: unit, integration, offline-mode",
                       "https://ci.example-bank.com/apps/branch-callback-scheduler/builds/318");
    m["app"] = appSection(true);
    m["artifacts"] = Json::array();
    return m;
}

// ---- 8. pipeline-unapproved-source-red ------------------------------------------------------

Json pipelineUnapprovedSource()
{
    Json m = manifestHeader(
        "CS-2026-0195", "data_pipeline", "regional-demand-features", "2.0.0", "sofia.marino@example-bank.com",
        "2026-03-09T09:00:00Z",
        "Adds a third-party leads feed to the nightly pipeline that builds postcode-level demand features for "
        "marketing. The vendor delivers counts per postcode; no individual records are received.",
        "green");
    m["use_case"] = useCase("marketing", "none", false, {});
    m["data_sources"] = Json::array({
        dataSource("marketing.third_party_leads", std::nullopt, false, std::nullopt),
        dataSource("ecommerce.orders", "DR-ECM-0001", false, std::nullopt),
    });
    m["rollback"] = rollback("1.4.1",
                             "Re-enable the 1.4.1 DAG and restore the feature table from the previous night's "
                             "snapshot.",
                             60, {"marketing-feature-store", "campaign-planning-dashboard"});
    m["tests"] = tests(true, "regional-demand-features CI: unit, schema, row-count checks",
                       "https://ci.example-bank.com/data/regional-demand-features/builds/96");
    Json pipeline = Json::object();
    pipeline["data_quality_checks_passed"] = true;
    pipeline["lineage_documented"] = true;
    pipeline["freshness_sla_hours"] = 24;
    pipeline["monthly_cost_usd"] = 850;
    pipeline["monthly_budget_usd"] = 1200;
    pipeline["contains_pii"] = false;
    m["pipeline"] = pipeline;
    m["artifacts"] = Json::array();
    return m;
}

std::vector<Story> buildCatalog()
{
    return {
        {"credit-limit-red", "ml_model",
         "credit-limit model, new architecture, ECOA: red; age_band fails the four-fifths rule, sex warns",
         mlGenerator(creditLimitRed())},
        {"recommendation-pii-approved", "ml_model",
         "recommendation retrain on purchase history with PII approval DG-2026-0142: yellow, no fail",
         mlGenerator(recommendation(true))},
        {"recommendation-pii-unapproved", "ml_model",
         "the same retrain without a PII approval reference: red, fail pii.unapproved",
         mlGenerator(recommendation(false))},
        {"fraud-triage-green", "ml_model",
         "internal fraud-alert triage retrain, recall +3 %, nothing else changed: green, no fail",
         mlGenerator(fraudTriageGreen())},
        {"pricing-automated-red", "ml_model", "automated dynamic pricing retrain: red by high_risk_domain",
         mlGenerator(pricingAutomatedRed())},
        {"app-green", "app", "internal dashboard release, 2 reviews, clean scan, no PII: green",
         manifestOnly(appGreen())},
        {"app-pii-red", "app", "app that caches customer PII in its container: red, fail app.pii",
         manifestOnly(appPiiRed())},
        {"pipeline-unapproved-source-red", "data_pipeline",
         "pipeline reading marketing.third_party_leads, not an approved source: red",
         manifestOnly(pipelineUnapprovedSource())},
        {"reported-auc-mismatch", "ml_model",
         "retention model whose manifest claims an auc 0.03 above the data: fail metrics.reported_mismatch",
         mlGenerator(reportedAucMismatch())},
    };
}

} // namespace

const std::vector<Story> &storyCatalog()
{
    static const std::vector<Story> catalog = buildCatalog();
    return catalog;
}

} // namespace samplegen
