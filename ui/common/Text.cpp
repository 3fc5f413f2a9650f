#include "common/Text.h"

#include <QCoreApplication>

namespace cs::ui {

QString roleTitle(const std::string &role)
{
    if (role == "ml_platform_engineer")
        return QCoreApplication::translate("cs::ui::Roles", "ML platform engineer");
    if (role == "ml_governance_analyst")
        return QCoreApplication::translate("cs::ui::Roles", "ML governance analyst");
    if (role == "risk_officer")
        return QCoreApplication::translate("cs::ui::Roles", "Risk officer");
    if (role == "security_reviewer")
        return QCoreApplication::translate("cs::ui::Roles", "Security reviewer");
    if (role == "data_steward")
        return QCoreApplication::translate("cs::ui::Roles", "Data steward");
    if (role == "auditor")
        return QCoreApplication::translate("cs::ui::Roles", "Auditor");
    if (role == "admin")
        return QCoreApplication::translate("cs::ui::Roles", "Administrator");
    return qs(role);
}

QString kindTitle(const std::string &kind)
{
    if (kind == "ml_model")
        return QCoreApplication::translate("cs::ui::Kinds", "ML model");
    if (kind == "app")
        return QCoreApplication::translate("cs::ui::Kinds", "App");
    if (kind == "data_pipeline")
        return QCoreApplication::translate("cs::ui::Kinds", "Data pipeline");
    return qs(kind);
}

} // namespace cs::ui
