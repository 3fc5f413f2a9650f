#pragma once

// The fields of a sync target (kind, folder with a chooser, server URL, password variable,
// interval), shared by the Sync view and the settings dialog so both edit it the same way.

#include "sync/SyncTarget.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace cs::ui {

class SyncTargetEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncTargetEditor(QWidget *parent = nullptr);

    // Shows `target`; emits no edited().
    void setTarget(const SyncTarget &target);
    const SyncTarget &target() const { return m_target; }

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *folderField() const { return m_folder; }
    QToolButton *chooseFolderButton() const { return m_chooseFolder; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *passwordEnvField() const { return m_passwordEnv; }
    QSpinBox *intervalBox() const { return m_interval; }

signals:
    void edited(const cs::ui::SyncTarget &target);

private:
    void readFields();
    void updateEnabled();
    void chooseFolder();

    SyncTarget m_target;
    bool m_updating = false;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_folder = nullptr;
    QToolButton *m_chooseFolder = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_passwordEnv = nullptr;
    QSpinBox *m_interval = nullptr;
};

} // namespace cs::ui
