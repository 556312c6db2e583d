#pragma once
// Reads a table of measurements (CSV) into a MeasurementBatch for one design space.
//
// Architecture columns (one way to name the architecture per table):
//   arch or arch_str   the space's text form (NAS-Bench-201 cell string), DesignSpace::fromString
//   nb201_index        NAS-Bench-201's official index (nb201 only); alone, or with arch_str, in
//                      which case the two must name the same cell
//   ks, e, d, r [bits] Once-for-All lists joined by '-' (bits for the -mp spaces)
//   config             a JSON object, DesignSpace::fromJson
// Columns id and index are ignored.
//
// Long tables have a "device" column and/or metric columns (latency_ms, energy_mj, accuracy),
// one measurement per cell, empty cells skipped; any other column is an error. An empty device
// cell (or a table without a device column) takes options.device.
// Wide tables (no device or metric column) hold one metric, named by options.metric or else
// by the file name (e.g. latency_ms.csv); every other column is a device, or for accuracy a
// dataset (rows get device -1 and an index into batch.datasets).
//
// Accuracy is device-independent: its rows have device -1. In a long table, the same accuracy
// repeated on the rows of several devices is stored once; different values are an error.
//
// Every error is one line: "<source>:<line>:<column>: <what>", naming the column by header.
// Architectures are deduplicated by DesignSpace::key in first-seen order; only architectures
// with at least one value are kept.

#include "measurement.h"

#include <QIODevice>
#include <QString>

#include <optional>

namespace edgefront {

class DesignSpace;

struct MeasurementCsvOptions
{
    // The metric of a wide table's value columns; unset = from the file name. For a long table,
    // when set, only that metric's column is read (the table must have it).
    std::optional<Metric> metric;
    // Device id for long tables without a device column, and for empty device cells.
    QString device;
    // Inputs beyond these are refused (a file's size before reading it).
    qint64 maxBytes = qint64(512) * 1024 * 1024;
    qint64 maxRows = 10'000'000;

    bool isValid(QString *error) const;
};

// `sourceName` names the input in errors and, when options.metric is unset, gives the metric
// of a wide table.
std::optional<MeasurementBatch> readMeasurementCsv(QIODevice &device, const QString &sourceName,
                                                   const DesignSpace &space,
                                                   const MeasurementCsvOptions &options, QString *error);
std::optional<MeasurementBatch> readMeasurementCsv(const QString &path, const DesignSpace &space,
                                                   const MeasurementCsvOptions &options, QString *error);

} // namespace edgefront
