#pragma once

#include "parseddocument.h"

#include <QByteArray>
#include <QString>

namespace aistack {

// What a parse produced: the document, or an error that names the file.
struct ParseOutcome
{
    bool ok = false;
    ParsedDocument document;
    QString error;
};

// Reads a document of any supported format. The format is sniffed from the content; the extension only
// decides between text formats that look alike (Markdown, CSV). Unsupported, corrupt and binary files and
// files with no text give an error naming the file.
ParseOutcome parseDocument(const QString &fileName, const QByteArray &bytes);

// The formats parseDocument reads, for messages and file dialogs ("*.txt *.md ...").
QStringList supportedExtensions();

} // namespace aistack
