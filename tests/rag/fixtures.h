#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aistack::test {

// Test documents generated at test time.

// A PDF with one page per string (QPdfWriter, real text that poppler extracts).
QByteArray makePdf(const QStringList &pages, const QString &title = {});

// A Word document: a Title, a Heading 1, body paragraphs and a table (rows of cells), zipped with libzip.
QByteArray makeDocx(const QString &title, const QString &heading, const QStringList &paragraphs,
                    const QList<QStringList> &tableRows);

// A Word document whose body unpacks to more than the parser reads (a zip bomb): 264 MB of spaces that pack
// to a few hundred kilobytes.
QByteArray makeDocxBomb();

} // namespace aistack::test
