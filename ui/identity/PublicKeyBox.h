#pragma once

// An identity's public key and fingerprint, selectable and with copy buttons: what a new
// reviewer reads out or sends to the administrator, who compares the fingerprint by eye.

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cs::audit {
class PublicKey;
}

namespace cs::ui {

class PublicKeyBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit PublicKeyBox(QWidget *parent = nullptr);

    void setKey(const QString &holder, const audit::PublicKey &key);
    void clear();

    QString keyText() const;
    QString fingerprintText() const;
    QString holderText() const;
    QPushButton *copyKeyButton() const { return m_copyKey; }
    QPushButton *copyFingerprintButton() const { return m_copyFingerprint; }

private:
    QLabel *m_holder = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_copyFingerprint = nullptr;
};

} // namespace cs::ui
