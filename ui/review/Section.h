#pragma once

// One titled part of the one-view review page. The page's index lists sections by id, and
// findings jump to the section that holds their evidence.

#include <QFrame>
#include <QString>

class QVBoxLayout;
class QLabel;

namespace cs::ui {

enum class SectionId {
    Header,
    Findings,
    Performance,
    Fairness,
    Explainability,
    Drift,
    Impact,
    Cost,
    DataSources,
    Lineage,
    Rollback,
    AbTest,
    Monitoring,
    Checks, // app and data_pipeline facts
    Manifest,
};

QString sectionTitle(SectionId id);

class Section : public QFrame
{
    Q_OBJECT
public:
    Section(SectionId id, QWidget *parent = nullptr);
    SectionId id() const { return m_id; }

    // Brings the subject of a finding (an attribute, a feature) into view inside the section.
    virtual void focusSubject(const QString &subject) { Q_UNUSED(subject); }

protected:
    QVBoxLayout *body() const { return m_body; }
    // A paragraph that wraps and can be selected and copied.
    QLabel *addText(const QString &text);
    QLabel *addNote(const QString &text); // smaller, secondary text

private:
    SectionId m_id;
    QVBoxLayout *m_body = nullptr;
};

} // namespace cs::ui
