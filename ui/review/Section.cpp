#include "review/Section.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

QString sectionTitle(SectionId id)
{
    const char *text = "";
    switch (id) {
    case SectionId::Header: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Summary"); break;
    case SectionId::Findings: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Findings"); break;
    case SectionId::Performance: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Performance"); break;
    case SectionId::Fairness: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Fairness"); break;
    case SectionId::Explainability: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Explainability"); break;
    case SectionId::Drift: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Drift"); break;
    case SectionId::Impact: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Decision impact"); break;
    case SectionId::Cost: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Cost"); break;
    case SectionId::DataSources: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Data sources and features"); break;
    case SectionId::Lineage: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Lineage and tests"); break;
    case SectionId::Rollback: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Rollback"); break;
    case SectionId::AbTest: text = QT_TRANSLATE_NOOP("cs::ui::Section", "A/B plan"); break;
    case SectionId::Monitoring: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Monitoring"); break;
    case SectionId::Checks: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Release checks"); break;
    case SectionId::Manifest: text = QT_TRANSLATE_NOOP("cs::ui::Section", "Manifest as submitted"); break;
    }
    return QCoreApplication::translate("cs::ui::Section", text);
}

Section::Section(SectionId id, QWidget *parent) : QFrame(parent), m_id(id)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(sectionTitle(id));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 12);
    auto *title = new QLabel(sectionTitle(id), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    outer->addWidget(title);
    m_body = new QVBoxLayout;
    m_body->setSpacing(6);
    outer->addLayout(m_body);
}

QLabel *Section::addText(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->addWidget(label);
    return label;
}

QLabel *Section::addNote(const QString &text)
{
    QLabel *label = addText(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace cs::ui
