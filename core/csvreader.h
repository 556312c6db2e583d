#pragma once
// Reads RFC 4180 CSV from a QIODevice, one record at a time, without loading the whole
// input: comma separator, fields optionally in double quotes ("" is a literal quote; quoted
// fields may hold commas and line breaks), CRLF, LF or CR line ends, UTF-8 with an optional
// byte-order mark.
//
// Contract:
//  - The first record is the header and fixes the field count; a later record with fewer
//    fields is a "truncated row", one with more an "overlong row" (both errors).
//  - Empty lines between records are skipped (spreadsheets and scripts often leave a blank
//    last line), so a one-column table cannot hold an empty value.
//  - Strict about quotes: a quote inside an unquoted field, text after a closing quote and a
//    quoted field still open at the end of input are errors.
//  - Errors stop the reader; errorLine()/errorColumn() are 1-based (columns count
//    characters, not bytes). line()/column() place the fields of the last record read.
//  - Optional limits on bytes read and records (header included) turn into errors, so a
//    caller can refuse absurd inputs, also from sequential devices whose size is unknown.

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <vector>

namespace edgefront {

class CsvReader
{
public:
    explicit CsvReader(QIODevice &device);

    // 0 = no limit (the default).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setMaxRecords(qint64 records) { m_maxRecords = records; }

    // Reads the next record into `fields`. Returns false at the end of the input or on an
    // error; hasError() tells the two apart.
    bool readRecord(QStringList &fields);

    int line() const { return m_recordLine; }      // line on which the last record starts
    int column(int field) const;                   // column at which a field of it starts
    int fieldLine(int field) const;                // line on which it starts (quoted line breaks)
    int fieldCount() const { return m_expectedFields; } // fields per record (-1 before the header)
    qint64 recordCount() const { return m_records; }   // records read, header included

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; } // without the position
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    enum class Parse { Record, NeedMore, End, Error };

    Parse parseRecord(QStringList &fields);
    bool fill();
    bool fail(const QString &message, int line, int column);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;       // start of the next record in m_buffer
    bool m_eof = false;
    bool m_started = false;    // byte-order mark checked
    qint64 m_bytesRead = 0;
    qint64 m_maxBytes = 0;
    qint64 m_maxRecords = 0;

    int m_line = 1;            // line at m_pos
    int m_recordLine = 0;
    std::vector<int> m_columns;
    std::vector<int> m_fieldLines;
    int m_expectedFields = -1;
    qint64 m_records = 0;

    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace edgefront
