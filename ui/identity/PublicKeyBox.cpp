#include "identity/PublicKeyBox.h"

#include "audit/Signing.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cs::ui {

PublicKeyBox::PublicKeyBox(QWidget *parent) : QGroupBox(tr("Public key"), parent)
{
    auto *grid = new QGridLayout(this);
    m_holder = new QLabel(this);
    m_holder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key = new QLineEdit(this);
    m_fingerprint = new QLineEdit(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *field : {m_key, m_fingerprint}) {
        field->setReadOnly(true);
        field->setFont(mono);
    }
    // The whole 64-digit key visible at once: a key cut off cannot be compared.
    m_key->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(66, QLatin1Char('0'))));
    m_key->setAccessibleName(tr("Public key, hex"));
    m_fingerprint->setAccessibleName(tr("Fingerprint"));
    m_copyKey = new QPushButton(tr("Copy &key"), this);
    m_copyFingerprint = new QPushButton(tr("Copy &fingerprint"), this);

    grid->addWidget(new QLabel(tr("Holder:"), this), 0, 0);
    grid->addWidget(m_holder, 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Key:"), this), 1, 0);
    grid->addWidget(m_key, 1, 1);
    grid->addWidget(m_copyKey, 1, 2);
    grid->addWidget(new QLabel(tr("Fingerprint:"), this), 2, 0);
    grid->addWidget(m_fingerprint, 2, 1);
    grid->addWidget(m_copyFingerprint, 2, 2);
    grid->setColumnStretch(1, 1);

    connect(m_copyKey, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_key->text()); });
    connect(m_copyFingerprint, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_fingerprint->text()); });
    clear();
}

void PublicKeyBox::setKey(const QString &holder, const audit::PublicKey &key)
{
    m_holder->setText(holder.isEmpty() ? tr("(not named in a .pub file)") : holder);
    m_key->setText(key.hex());
    m_fingerprint->setText(audit::fingerprint(key));
    m_copyKey->setEnabled(true);
    m_copyFingerprint->setEnabled(true);
}

void PublicKeyBox::clear()
{
    m_holder->setText(tr("No identity loaded."));
    m_key->clear();
    m_fingerprint->clear();
    m_copyKey->setEnabled(false);
    m_copyFingerprint->setEnabled(false);
}

QString PublicKeyBox::keyText() const
{
    return m_key->text();
}

QString PublicKeyBox::fingerprintText() const
{
    return m_fingerprint->text();
}

QString PublicKeyBox::holderText() const
{
    return m_holder->text();
}

} // namespace cs::ui
