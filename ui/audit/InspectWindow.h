#pragma once

// Offline inspection of any audit store: opened read-only (nothing is written next to the
// file, not even a -shm), verified off the UI thread with a progress bar, the verdict at the
// top with each problem leading to its entry, the trail below, and the audit report exported
// exactly as `countersign-cli export` writes it.

#include "audit/ReportExport.h"
#include "audit/Signing.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;

namespace cs::audit {
class VerificationReport;
}

namespace cs::ui {

class AuditTrailView;
class VerificationBanner;

class InspectWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Starts opening and verifying `path` at once. Always a top-level window, even with a parent.
    // With `expectedAnchor` (the administrator's key the auditor was given with the file), a
    // store pinned to another anchor fails verification.
    explicit InspectWindow(const QString &path, QWidget *parent = nullptr,
                           std::optional<audit::PublicKey> expectedAnchor = std::nullopt);
    ~InspectWindow() override;

    // For File > Inspect audit store…: a new window on `path`, shown, deleted when closed.
    static InspectWindow *open(const QString &path, QWidget *parent = nullptr,
                               std::optional<audit::PublicKey> expectedAnchor = std::nullopt);

    const QString &storePath() const { return m_path; }
    bool isVerifying() const { return m_verifying; }
    bool isExporting() const { return m_exporting; }
    // Null until verification finished (and when the store could not be opened).
    const std::shared_ptr<const audit::VerificationReport> &report() const { return m_report; }
    QString errorText() const { return m_error; }

    VerificationBanner *banner() const { return m_banner; }
    AuditTrailView *trailView() const { return m_trail; }

    // Writes the report off the UI thread; exportFinished() follows. False when there is no
    // verified report yet or an export is running.
    bool exportReport(ReportFormat format, const QString &path);

signals:
    void verificationFinished(bool opened);
    void exportFinished(bool ok, const QString &message);

private:
    void startVerification();
    void chooseExport(ReportFormat format);
    void problemActivated(const QString &entryId);
    void updateActions();

    QString m_path;
    std::optional<audit::PublicKey> m_expectedAnchor;
    VerificationBanner *m_banner = nullptr;
    AuditTrailView *m_trail = nullptr;
    QList<QAction *> m_exportActions;
    std::shared_ptr<const audit::VerificationReport> m_report;
    QString m_error;
    bool m_verifying = false;
    bool m_exporting = false;
};

} // namespace cs::ui
