#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace aistack {

// Reads a PEM certificate (chain) and its private key (RSA or EC, optionally encrypted) into a server TLS
// configuration that speaks TLS 1.2 or later only. false and a sentence naming the file and the fault
// otherwise. Blocks (the disk): the server thread at start, or a pool when the Server pane checks new files.
bool loadTlsCredentials(const QString &certificatePath, const QString &keyPath,
                        const std::optional<QString> &keyPassword, QSslConfiguration *out, QString *error);

} // namespace aistack
