#pragma once

// The few colours and icons that carry meaning (track, severity, request state), in one place
// so the queue, the header and the findings list always agree. Everything else follows the
// system palette.

#include "policy/Findings.h"
#include "policy/Track.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cs::ui {

QColor trackColor(policy::Track track);
// Text drawn on a track-coloured background (dark on yellow, white otherwise).
QColor trackTextColor(policy::Track track);
QString trackTitle(policy::Track track); // "RED", translated
QIcon trackIcon(policy::Track track);    // a filled dot, for rows and combo boxes

QIcon severityIcon(policy::Severity severity);
QString severityTitle(policy::Severity severity);

QString stateTitle(const std::string &state);
QColor stateColor(const std::string &state);

QIcon appIcon(const QString &name);

// Chart colours: the candidate stands out, the baseline recedes.
inline QColor candidateColor() { return QColor(0x15, 0x65, 0xc0); }
inline QColor baselineColor() { return QColor(0x9e, 0x9e, 0x9e); }
inline QColor thirdSeriesColor() { return QColor(0xef, 0x6c, 0x00); } // ":/countersign/icons/<name>.svg"

} // namespace cs::ui
