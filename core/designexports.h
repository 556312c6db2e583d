#pragma once
// Exports of chosen designs and runs for other tools and people:
//  - a design's config as a JSON file in Once-for-All's format (DesignSpace::toJson: `ks`, `e`,
//    `d` ready for OFA's set_active_subnet(ks=, e=, d=), `r`, and `space`, plus `bits` on the
//    -mp spaces; nb201: {"arch": "|op~0|+..."}). Written indented with sorted keys, so
//    write -> read -> write gives the same bytes and the same architecture;
//  - a CSV of designs (a front or a results table), every metric with its unit in the header
//    and where each number comes from:
//      device,key,accuracy_pct,latency_ms,energy_mj,macs,params,peak_memory_mb,
//      accuracy_provenance,cost_provenance,config
//    macs/params are the layer graph's exact counts; peak_memory_mb is the peak of live
//    activations plus the weights at the design's bit-widths, batch 1, in 10^6 bytes (as the
//    analytic model reports it); unknown metrics are empty cells; config is the compact JSON
//    config (RFC 4180 quoting);
//  - a summary of a recorded run (ProjectStore::RunRecord) as markdown or as a self-contained
//    HTML page: status and timing, inputs, the picks per device (design, accuracy, latency,
//    energy, MACs) with the run's per-device figures, and (HTML) an inline SVG chart of
//    accuracy against latency of every design the run reports.
// All writers are GUI-free; files are saved atomically (QSaveFile).

#include "architecture.h"
#include "projectstore.h"
#include "searchevaluator.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>

namespace edgefront {

class DesignSpace;

// The config file's bytes (indented JSON, trailing newline).
QByteArray architectureConfigJson(const DesignSpace &space, const Architecture &arch);
bool writeArchitectureConfig(const QString &path, const DesignSpace &space, const Architecture &arch, QString *error);
// Errors name the file (and line:column for JSON syntax errors) and the field.
std::optional<Architecture> readArchitectureConfig(const QString &path, const DesignSpace &space, QString *error);

struct DesignExportRow
{
    Architecture arch;
    DesignMetrics metrics;
    QString device;
    QString accuracyProvenance; // e.g. "surrogate (Once-for-All predictor fit)"
    QString costProvenance;     // e.g. "measured", "analytic model of phone-gpu-a"
};

QByteArray designsCsv(const DesignSpace &space, std::span<const DesignExportRow> rows);
bool writeDesignsCsv(const QString &path, const DesignSpace &space, std::span<const DesignExportRow> rows,
                     QString *error);

QString runReportMarkdown(const ProjectStore::RunRecord &run);
QString runReportHtml(const ProjectStore::RunRecord &run);
// Markdown for *.md / *.markdown, HTML for *.html / *.htm; any other suffix is an error.
bool writeRunReport(const QString &path, const ProjectStore::RunRecord &run, QString *error);

} // namespace edgefront
