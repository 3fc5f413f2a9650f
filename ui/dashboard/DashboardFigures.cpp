#include "dashboard/DashboardFigures.h"

#include "common/Style.h"
#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>

namespace cs::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cs::ui::DashboardFigures", text);
}

QString count(std::size_t n)
{
    return QString::number(static_cast<qulonglong>(n));
}

// The core keys tracks by name; the three known ones come first, in the order of review effort.
std::vector<std::string> tracksInOrder(const report::Dashboard &d)
{
    std::vector<std::string> tracks{"green", "yellow", "red"};
    for (const auto &[track, states] : d.requestsByTrackAndState) {
        if (std::find(tracks.begin(), tracks.end(), track) == tracks.end())
            tracks.push_back(track);
    }
    return tracks;
}

QString trackName(const std::string &track)
{
    const auto known = policy::trackFromString(track);
    return known ? trackTitle(*known) : qs(track);
}

const std::vector<std::string> &knownStates()
{
    static const std::vector<std::string> states{audit::request_state::Pending, audit::request_state::Approved,
                                                 audit::request_state::ChangesRequested, audit::request_state::Rejected,
                                                 audit::request_state::Conflict};
    return states;
}

const std::vector<std::string> &knownDecisions()
{
    static const std::vector<std::string> decisions{"approve", "approve_with_conditions", "request_changes", "reject"};
    return decisions;
}

std::size_t countOf(const std::map<std::string, std::size_t> &map, const std::string &key)
{
    const auto it = map.find(key);
    return it == map.end() ? 0 : it->second;
}

} // namespace

QString decisionTitle(const std::string &decision)
{
    if (decision == "approve")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Approved"));
    if (decision == "approve_with_conditions")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Approved with conditions"));
    if (decision == "request_changes")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Changes requested"));
    if (decision == "reject")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Rejected"));
    return qs(decision);
}

QString backlogBucketTitle(const std::string &bucket)
{
    if (bucket == "under 1 day")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "under 1 day"));
    // The en dashes are written out: lupdate would read "\u20133" as a single five-digit escape.
    if (bucket == "1-3 days")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "1–3 days"));
    if (bucket == "3-7 days")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "3–7 days"));
    if (bucket == "over 7 days")
        return t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "over 7 days"));
    return qs(bucket);
}

Figure requestsFigure(const report::Dashboard &d)
{
    Figure f;
    f.chart.title = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Requests per track and state"));
    f.chart.valueTitle = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "requests"));
    f.chart.valueDecimals = 0;
    f.chart.minValue = 0;
    const auto tracks = tracksInOrder(d);
    std::vector<std::string> states = knownStates();
    for (const auto &[track, byState] : d.requestsByTrackAndState) {
        for (const auto &[state, n] : byState) {
            if (std::find(states.begin(), states.end(), state) == states.end())
                states.push_back(state);
        }
    }
    for (const auto &track : tracks)
        f.chart.categories.append(trackName(track));
    f.table.headers.append(t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Track")));
    for (const auto &state : states) {
        BarSeriesData series{stateTitle(state), {}, stateColor(state)};
        for (const auto &track : tracks) {
            const auto it = d.requestsByTrackAndState.find(track);
            series.values.push_back(static_cast<double>(it == d.requestsByTrackAndState.end() ? 0 : countOf(it->second, state)));
        }
        f.chart.series.push_back(std::move(series));
        f.table.headers.append(stateTitle(state));
    }
    f.table.headers.append(t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Total")));
    for (const auto &track : tracks) {
        QStringList row{trackName(track)};
        std::size_t total = 0;
        const auto it = d.requestsByTrackAndState.find(track);
        for (const auto &state : states) {
            const std::size_t n = it == d.requestsByTrackAndState.end() ? 0 : countOf(it->second, state);
            total += n;
            row.append(count(n));
        }
        row.append(count(total));
        f.table.rows.push_back(row);
    }
    return f;
}

Figure timeToDecisionFigure(const report::Dashboard &d)
{
    Figure f;
    f.chart.title = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Time to decision against the SLA"));
    f.chart.valueTitle = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "hours"));
    f.chart.valueDecimals = 2;
    f.chart.minValue = 0;
    BarSeriesData median{t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Median")), {}, candidateColor()};
    BarSeriesData p90{t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "90th percentile")), {}, thirdSeriesColor()};
    BarSeriesData sla{t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "SLA")), {}, baselineColor()};
    f.table.headers = {t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Track")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Decided")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Median (h)")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "90th percentile (h)")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "SLA (h)")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Within SLA"))};
    for (const auto &timing : d.timeToDecision) {
        f.chart.categories.append(trackName(timing.track));
        median.values.push_back(timing.medianHours);
        p90.values.push_back(timing.p90Hours);
        sla.values.push_back(timing.slaHours);
        const QString within = timing.decided == 0 ? QStringLiteral("\u2013")
                                                   : t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "%1 of %2"))
                                                         .arg(count(timing.withinSla), count(timing.decided));
        f.table.rows.push_back({trackName(timing.track), count(timing.decided), number(timing.medianHours, 2),
                                number(timing.p90Hours, 2), number(timing.slaHours, 2), within});
        f.table.tooltips.push_back(
            {qs(timing.track), count(timing.decided),
             timing.medianHours ? exact(*timing.medianHours)
                                : t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "no decided request")),
             timing.p90Hours ? exact(*timing.p90Hours)
                             : t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "no decided request")),
             exact(timing.slaHours),
             t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "decided within the policy's SLA"))});
    }
    f.chart.series = {median, p90, sla};
    return f;
}

Figure backlogFigure(const report::Dashboard &d)
{
    Figure f;
    f.chart.title = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Backlog by age"));
    f.chart.valueTitle = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "pending requests"));
    f.chart.valueDecimals = 0;
    f.chart.minValue = 0;
    BarSeriesData pending{
        t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Pending")), {}, stateColor(audit::request_state::Pending)};
    f.table.headers = {t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Waiting for")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Pending requests"))};
    for (const auto &[bucket, n] : d.backlogByAge) {
        f.chart.categories.append(backlogBucketTitle(bucket));
        pending.values.push_back(static_cast<double>(n));
        f.table.rows.push_back({backlogBucketTitle(bucket), count(n)});
    }
    f.chart.series = {pending};
    return f;
}

Figure decisionsFigure(const report::Dashboard &d)
{
    Figure f;
    f.chart.title = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "How reviewers decided"));
    f.chart.valueTitle = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "decisions"));
    f.chart.valueDecimals = 0;
    f.chart.minValue = 0;
    std::vector<std::string> kinds = knownDecisions();
    std::size_t total = 0;
    for (const auto &[decision, n] : d.decisions) {
        total += n;
        if (std::find(kinds.begin(), kinds.end(), decision) == kinds.end())
            kinds.push_back(decision);
    }
    BarSeriesData series{t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Decisions")), {}, candidateColor()};
    f.table.headers = {t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Decision")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Count")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Share"))};
    for (const auto &kind : kinds) {
        const std::size_t n = countOf(d.decisions, kind);
        f.chart.categories.append(decisionTitle(kind));
        series.values.push_back(static_cast<double>(n));
        const std::optional<double> share =
            total == 0 ? std::nullopt : std::optional<double>(static_cast<double>(n) / static_cast<double>(total));
        f.table.rows.push_back({decisionTitle(kind), count(n), percent(share)});
        f.table.tooltips.push_back({qs(kind), count(n), share ? exact(*share) : QString()});
    }
    f.chart.series = {series};
    return f;
}

Figure failingChecksFigure(const report::Dashboard &d, std::size_t chartTop)
{
    Figure f;
    f.chart.title = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Most frequent failing checks"));
    f.chart.valueTitle = t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "requests"));
    f.chart.valueDecimals = 0;
    f.chart.minValue = 0;
    f.chart.horizontal = true;
    BarSeriesData series{t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Requests with the failing check")),
                         {},
                         stateColor(audit::request_state::Rejected)};
    f.table.headers = {t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Check")),
                       t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Requests"))};
    // Horizontal bars stack from the bottom: reversed, the most frequent stands at the top.
    const std::size_t shown = std::min(chartTop, d.failingChecks.size());
    for (std::size_t i = shown; i-- > 0;) {
        f.chart.categories.append(qs(d.failingChecks[i].first));
        series.values.push_back(static_cast<double>(d.failingChecks[i].second));
    }
    for (const auto &[check, n] : d.failingChecks)
        f.table.rows.push_back({qs(check), count(n)});
    f.chart.series = {series};
    return f;
}

FigureTable exceptionsTable(const report::Dashboard &d)
{
    FigureTable table;
    table.headers = {t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Exceptions")),
                     t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Count"))};
    table.rows = {{t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Granted")), count(d.exceptionsGranted)},
                  {t(QT_TRANSLATE_NOOP("cs::ui::DashboardFigures", "Expiring within 30 days of the period's end")),
                   count(d.exceptionsExpiringSoon)}};
    return table;
}

} // namespace cs::ui
