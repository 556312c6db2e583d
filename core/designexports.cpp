#include "designexports.h"

#include "designspace.h"
#include "designspacecatalog.h"
#include "jsonfields.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace edgefront {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool saveAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString number(double v, int precision = 6)
{
    return std::isfinite(v) ? QString::number(v, 'g', precision) : QString();
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

double peakMemoryMb(const CostTotals &t)
{
    return double(t.peakActivationBytes + t.weightBytes) / 1e6;
}

// ---------------------------------------------------------------------------------------
// Run reports
// ---------------------------------------------------------------------------------------

// One design a run reports for a device (a search's best, a transfer's choice per budget, an
// optimizer's answer), with the payload's scalar figures.
struct ReportPick
{
    QString device;
    QString budget;
    QString key;
    QJsonObject config;
    double accuracy = kNaN;
    double latencyMs = kNaN;
    double energyMj = kNaN;
    qint64 macs = -1;
    QString note;
    QList<QPair<QString, QString>> figures;
};

struct ReportPoint
{
    double latencyMs = kNaN;
    double accuracy = kNaN;
    int pick = -1; // index into picks, or -1 for other reported designs (fronts)
    QString label;
};

struct RunReport
{
    QString space;
    QList<ReportPick> picks;
    QStringList figureNames;
    std::vector<ReportPoint> points;
};

double jsonNumber(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : kNaN;
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 6);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return QStringLiteral("-");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return compactJson(v.toObject());
    default: return QString();
    }
}

QString budgetText(const QJsonObject &payload)
{
    if (payload.value(QStringLiteral("budget_ms")).isDouble())
        return QStringLiteral("%1 ms").arg(payload.value(QStringLiteral("budget_ms")).toDouble(), 0, 'g', 4);
    const QJsonObject b = payload.value(QStringLiteral("budgets")).toObject();
    QStringList parts;
    if (b.value(QStringLiteral("latency_ms")).isDouble())
        parts.append(QStringLiteral("%1 ms").arg(b.value(QStringLiteral("latency_ms")).toDouble(), 0, 'g', 4));
    if (b.value(QStringLiteral("energy_mj")).isDouble())
        parts.append(QStringLiteral("%1 mJ").arg(b.value(QStringLiteral("energy_mj")).toDouble(), 0, 'g', 4));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QString spaceOf(const ProjectStore::RunRecord &run)
{
    const QString direct = run.inputs.value(QStringLiteral("space")).toString();
    if (!direct.isEmpty())
        return direct;
    return run.inputs.value(QStringLiteral("settings")).toObject().value(QStringLiteral("space")).toString();
}

RunReport analyse(const ProjectStore::RunRecord &run)
{
    static const QStringList kDesignFields = {
        QStringLiteral("device"), QStringLiteral("config"), QStringLiteral("key"), QStringLiteral("accuracy"),
        QStringLiteral("latency_ms"), QStringLiteral("energy_mj"), QStringLiteral("best"), QStringLiteral("design"),
        QStringLiteral("front"), QStringLiteral("budgets"), QStringLiteral("budget_ms"), QStringLiteral("note"),
        QStringLiteral("space")};
    RunReport r;
    r.space = spaceOf(run);
    const DesignSpace *space = findDesignSpace(r.space);
    for (const QJsonValue &v : run.results) {
        const QJsonObject payload = v.toObject();
        if (payload.isEmpty())
            continue;
        ReportPick pick;
        pick.device = payload.value(QStringLiteral("device")).toString();
        pick.budget = budgetText(payload);
        QJsonObject design;
        if (payload.value(QStringLiteral("best")).isObject())
            design = payload.value(QStringLiteral("best")).toObject();
        else if (payload.value(QStringLiteral("design")).isObject())
            design = payload.value(QStringLiteral("design")).toObject();
        else if (payload.value(QStringLiteral("config")).isObject())
            design = payload;
        pick.config = design.value(QStringLiteral("config")).toObject();
        pick.key = design.value(QStringLiteral("key")).toString();
        pick.accuracy = jsonNumber(design.value(QStringLiteral("accuracy")));
        pick.latencyMs = jsonNumber(design.value(QStringLiteral("latency_ms")));
        pick.energyMj = jsonNumber(design.value(QStringLiteral("energy_mj")));
        pick.note = payload.value(QStringLiteral("note")).toString();
        if (space && !pick.config.isEmpty()) {
            if (const auto arch = space->fromJson(pick.config, nullptr)) {
                pick.macs = space->costs(*arch).macs;
                if (pick.key.isEmpty())
                    pick.key = space->key(*arch);
            }
        }
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            if (kDesignFields.contains(it.key()) || it.value().isObject() || it.value().isArray())
                continue;
            pick.figures.append({it.key(), jsonText(it.value())});
            if (!r.figureNames.contains(it.key()))
                r.figureNames.append(it.key());
        }
        if (!pick.config.isEmpty() || !pick.note.isEmpty() || !pick.figures.isEmpty()) {
            if (std::isfinite(pick.accuracy) && std::isfinite(pick.latencyMs))
                r.points.push_back({pick.latencyMs, pick.accuracy, int(r.picks.size()), pick.device});
            r.picks.append(pick);
        }
        for (const QJsonValue &f : payload.value(QStringLiteral("front")).toArray()) {
            const QJsonObject c = f.toObject();
            const double a = jsonNumber(c.value(QStringLiteral("accuracy")));
            const double l = jsonNumber(c.value(QStringLiteral("latency_ms")));
            if (std::isfinite(a) && std::isfinite(l))
                r.points.push_back({l, a, -1, c.value(QStringLiteral("key")).toString()});
        }
    }
    return r;
}

QString figureOf(const ReportPick &p, const QString &name)
{
    for (const auto &f : p.figures) {
        if (f.first == name)
            return f.second;
    }
    return QString();
}

QString mdCell(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(u'\n', u' ');
    return s;
}

QString macsText(qint64 macs)
{
    return macs >= 0 ? QString::number(double(macs) / 1e6, 'f', 1) : QString();
}

struct Overview
{
    QList<QPair<QString, QString>> rows;
};

Overview overview(const ProjectStore::RunRecord &run, const RunReport &r)
{
    Overview o;
    o.rows = {{QStringLiteral("Kind"), run.kind},
              {QStringLiteral("Status"), ProjectStore::runStatusToString(run.status)},
              {QStringLiteral("Space"), r.space.isEmpty() ? QStringLiteral("-") : r.space},
              {QStringLiteral("Seed"), QString::number(run.seed)},
              {QStringLiteral("Started"), run.startedAt},
              {QStringLiteral("Finished"), run.finishedAt.isEmpty() ? QStringLiteral("-") : run.finishedAt},
              {QStringLiteral("Elapsed"), QStringLiteral("%1 s").arg(run.elapsedMs / 1000.0, 0, 'f', 2)},
              {QStringLiteral("Results"), QString::number(run.results.size())}};
    return o;
}

// An accuracy-vs-latency scatter of the run's designs as inline SVG; picks are large and
// coloured by device, other reported designs (fronts) small and grey.
QString scatterSvg(const RunReport &r)
{
    if (r.points.empty())
        return QString();
    constexpr double kWidth = 680, kHeight = 400, kLeft = 64, kRight = 170, kTop = 20, kBottom = 48;
    double x0 = r.points.front().latencyMs, x1 = x0, y0 = r.points.front().accuracy, y1 = y0;
    for (const ReportPoint &p : r.points) {
        x0 = std::min(x0, p.latencyMs);
        x1 = std::max(x1, p.latencyMs);
        y0 = std::min(y0, p.accuracy);
        y1 = std::max(y1, p.accuracy);
    }
    const double dx = x1 > x0 ? (x1 - x0) * 0.05 : std::max(1e-3, std::abs(x0) * 0.1);
    const double dy = y1 > y0 ? (y1 - y0) * 0.05 : std::max(1e-3, std::abs(y0) * 0.01);
    x0 -= dx, x1 += dx, y0 -= dy, y1 += dy;
    const double plotW = kWidth - kLeft - kRight, plotH = kHeight - kTop - kBottom;
    auto px = [&](double x) { return kLeft + (x - x0) / (x1 - x0) * plotW; };
    auto py = [&](double y) { return kTop + (1.0 - (y - y0) / (y1 - y0)) * plotH; };
    static const QStringList kPalette = {QStringLiteral("#1f77b4"), QStringLiteral("#d62728"), QStringLiteral("#2ca02c"),
                                         QStringLiteral("#9467bd"), QStringLiteral("#ff7f0e"), QStringLiteral("#8c564b"),
                                         QStringLiteral("#e377c2"), QStringLiteral("#17becf")};
    QStringList devices; // of the plotted picks, for colours and the legend
    for (const ReportPoint &p : r.points) {
        if (p.pick >= 0 && !devices.contains(r.picks[p.pick].device))
            devices.append(r.picks[p.pick].device);
    }
    auto colour = [&](const QString &device) { return kPalette[int(devices.indexOf(device)) % kPalette.size()]; };
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                               "font-family=\"sans-serif\" font-size=\"11\">\n")
                    .arg(kWidth)
                    .arg(kHeight);
    s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#888\"/>\n")
             .arg(kLeft).arg(kTop).arg(plotW).arg(plotH);
    for (int i = 0; i <= 4; ++i) {
        const double xv = x0 + (x1 - x0) * i / 4.0, yv = y0 + (y1 - y0) * i / 4.0;
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                 .arg(px(xv), 0, 'f', 1).arg(kTop + plotH + 16).arg(xv, 0, 'g', 4);
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                 .arg(kLeft - 6).arg(py(yv) + 4, 0, 'f', 1).arg(yv, 0, 'g', 4);
    }
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">latency (ms)</text>\n")
             .arg(kLeft + plotW / 2).arg(kHeight - 10);
    s += QStringLiteral("<text x=\"14\" y=\"%1\" text-anchor=\"middle\" transform=\"rotate(-90 14 %1)\">accuracy (%)</text>\n")
             .arg(kTop + plotH / 2);
    for (int pass = 0; pass < 2; ++pass) { // other designs first, picks on top
        for (const ReportPoint &p : r.points) {
            if ((p.pick >= 0) != (pass == 1))
                continue;
            const QString title = (p.pick >= 0 ? r.picks[p.pick].device + QStringLiteral(": ") + r.picks[p.pick].key : p.label)
                                      .toHtmlEscaped();
            s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" fill-opacity=\"%5\"><title>%6</title></circle>\n")
                     .arg(px(p.latencyMs), 0, 'f', 1)
                     .arg(py(p.accuracy), 0, 'f', 1)
                     .arg(p.pick >= 0 ? 5 : 2.5)
                     .arg(p.pick >= 0 ? colour(r.picks[p.pick].device) : QStringLiteral("#999999"))
                     .arg(p.pick >= 0 ? 0.9 : 0.6)
                     .arg(title);
        }
    }
    for (int i = 0; i < std::min<int>(int(devices.size()), 12); ++i) {
        const double y = kTop + 10 + i * 16;
        s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\"/><text x=\"%4\" y=\"%5\">%6</text>\n")
                 .arg(kWidth - kRight + 16).arg(y).arg(colour(devices[i]))
                 .arg(kWidth - kRight + 26).arg(y + 4).arg(devices[i].toHtmlEscaped());
    }
    s += QStringLiteral("</svg>\n");
    return s;
}

} // namespace

QByteArray architectureConfigJson(const DesignSpace &space, const Architecture &arch)
{
    return QJsonDocument(space.toJson(arch)).toJson(QJsonDocument::Indented);
}

bool writeArchitectureConfig(const QString &path, const DesignSpace &space, const Architecture &arch, QString *error)
{
    if (!space.isValid(arch)) {
        *error = QStringLiteral("%1: not a valid %2 design").arg(path, space.name());
        return false;
    }
    return saveAtomically(path, architectureConfigJson(space, arch), error);
}

std::optional<Architecture> readArchitectureConfig(const QString &path, const DesignSpace &space, QString *error)
{
    const auto object = json::readObjectFile(path, error);
    if (!object)
        return std::nullopt;
    QString message;
    auto arch = space.fromJson(*object, &message);
    if (!arch)
        *error = QStringLiteral("%1: %2").arg(path, message);
    return arch;
}

QByteArray designsCsv(const DesignSpace &space, std::span<const DesignExportRow> rows)
{
    QString csv = QStringLiteral("device,key,accuracy_pct,latency_ms,energy_mj,macs,params,peak_memory_mb,"
                                 "accuracy_provenance,cost_provenance,config\n");
    for (const DesignExportRow &row : rows) {
        const CostTotals t = space.costs(row.arch);
        const QStringList cells{csvField(row.device),
                                csvField(space.key(row.arch)),
                                number(row.metrics.accuracy),
                                number(row.metrics.latencyMs),
                                number(row.metrics.energyMj),
                                QString::number(t.macs),
                                QString::number(t.params),
                                number(peakMemoryMb(t)),
                                csvField(row.accuracyProvenance),
                                csvField(row.costProvenance),
                                csvField(compactJson(space.toJson(row.arch)))};
        csv += cells.join(u',') + u'\n';
    }
    return csv.toUtf8();
}

bool writeDesignsCsv(const QString &path, const DesignSpace &space, std::span<const DesignExportRow> rows, QString *error)
{
    return saveAtomically(path, designsCsv(space, rows), error);
}

QString runReportMarkdown(const ProjectStore::RunRecord &run)
{
    const RunReport r = analyse(run);
    QString md = QStringLiteral("# EdgeFront run %1: %2 (%3)\n\n").arg(run.id).arg(run.kind, ProjectStore::runStatusToString(run.status));
    md += QStringLiteral("| | |\n|---|---|\n");
    for (const auto &row : overview(run, r).rows)
        md += QStringLiteral("| %1 | %2 |\n").arg(row.first, mdCell(row.second));

    md += QStringLiteral("\n## Inputs\n\n| Input | Value |\n|---|---|\n");
    for (auto it = run.inputs.begin(); it != run.inputs.end(); ++it)
        md += QStringLiteral("| %1 | %2 |\n").arg(mdCell(it.key()), mdCell(jsonText(it.value())));

    md += QStringLiteral("\n## Picks per device\n\n");
    if (r.picks.isEmpty()) {
        md += QStringLiteral("The run reports no designs.\n");
    } else {
        md += QStringLiteral("| Device | Budget | Accuracy (%) | Latency (ms) | Energy (mJ) | MACs (M) | Design |\n"
                             "|---|---|---:|---:|---:|---:|---|\n");
        for (const ReportPick &p : r.picks) {
            const QString design = p.key.isEmpty() ? (p.note.isEmpty() ? QStringLiteral("-") : mdCell(p.note))
                                                   : QStringLiteral("`%1`").arg(mdCell(p.key));
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                      .arg(mdCell(p.device.isEmpty() ? QStringLiteral("-") : p.device), mdCell(p.budget),
                           number(p.accuracy, 5), number(p.latencyMs, 5), number(p.energyMj, 5), macsText(p.macs), design);
        }
    }
    if (!r.figureNames.isEmpty()) {
        md += QStringLiteral("\n## Figures\n\n| Device |");
        QString rule = QStringLiteral("|---|");
        for (const QString &f : r.figureNames) {
            md += QStringLiteral(" %1 |").arg(mdCell(f));
            rule += QStringLiteral("---|");
        }
        md += u'\n' + rule + u'\n';
        for (const ReportPick &p : r.picks) {
            md += QStringLiteral("| %1 |").arg(mdCell(p.device.isEmpty() ? QStringLiteral("-") : p.device));
            for (const QString &f : r.figureNames)
                md += QStringLiteral(" %1 |").arg(mdCell(figureOf(p, f)));
            md += u'\n';
        }
    }
    const auto others = std::count_if(r.points.begin(), r.points.end(), [](const ReportPoint &p) { return p.pick < 0; });
    if (others > 0)
        md += QStringLiteral("\nThe run also reports %1 further designs (a front); the HTML report plots them.\n").arg(others);
    return md;
}

QString runReportHtml(const ProjectStore::RunRecord &run)
{
    const RunReport r = analyse(run);
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString title = QStringLiteral("EdgeFront run %1: %2 (%3)").arg(run.id).arg(run.kind, ProjectStore::runStatusToString(run.status));
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                               "<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                               "table{border-collapse:collapse;margin:0.5em 0}"
                               "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}"
                               "td.n{text-align:right}code{font-size:90%}</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                    .arg(esc(title));
    h += QStringLiteral("<table>\n");
    for (const auto &row : overview(run, r).rows)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(row.first), esc(row.second));
    h += QStringLiteral("</table>\n<h2>Inputs</h2>\n<table>\n<tr><th>Input</th><th>Value</th></tr>\n");
    for (auto it = run.inputs.begin(); it != run.inputs.end(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(it.key()), esc(jsonText(it.value())));
    h += QStringLiteral("</table>\n<h2>Picks per device</h2>\n");
    if (r.picks.isEmpty()) {
        h += QStringLiteral("<p>The run reports no designs.</p>\n");
    } else {
        h += QStringLiteral("<table>\n<tr><th>Device</th><th>Budget</th><th>Accuracy (%)</th><th>Latency (ms)</th>"
                            "<th>Energy (mJ)</th><th>MACs (M)</th><th>Design</th></tr>\n");
        for (const ReportPick &p : r.picks) {
            const QString design = p.key.isEmpty() ? esc(p.note.isEmpty() ? QStringLiteral("-") : p.note)
                                                   : QStringLiteral("<code>%1</code>").arg(esc(p.key));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td>"
                                "<td class=\"n\">%6</td><td>%7</td></tr>\n")
                     .arg(esc(p.device.isEmpty() ? QStringLiteral("-") : p.device), esc(p.budget), number(p.accuracy, 5),
                          number(p.latencyMs, 5), number(p.energyMj, 5), macsText(p.macs), design);
        }
        h += QStringLiteral("</table>\n");
    }
    if (!r.figureNames.isEmpty()) {
        h += QStringLiteral("<h2>Figures</h2>\n<table>\n<tr><th>Device</th>");
        for (const QString &f : r.figureNames)
            h += QStringLiteral("<th>%1</th>").arg(esc(f));
        h += QStringLiteral("</tr>\n");
        for (const ReportPick &p : r.picks) {
            h += QStringLiteral("<tr><td>%1</td>").arg(esc(p.device.isEmpty() ? QStringLiteral("-") : p.device));
            for (const QString &f : r.figureNames)
                h += QStringLiteral("<td>%1</td>").arg(esc(figureOf(p, f)));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    const QString svg = scatterSvg(r);
    if (!svg.isEmpty()) {
        h += QStringLiteral("<h2>Accuracy against latency</h2>\n<p>Picks are coloured by device; grey points are the "
                            "other designs the run reports.</p>\n");
        h += svg;
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

bool writeRunReport(const QString &path, const ProjectStore::RunRecord &run, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
        return saveAtomically(path, runReportMarkdown(run).toUtf8(), error);
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm"))
        return saveAtomically(path, runReportHtml(run).toUtf8(), error);
    *error = QStringLiteral("%1: the report's format follows the file name: .md or .html").arg(path);
    return false;
}

} // namespace edgefront
