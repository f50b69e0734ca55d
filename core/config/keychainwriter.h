#pragma once

#include <QObject>
#include <functional>

namespace aistack {

// Stores secrets in the system keychain (service "aistack", read back by SecretResolver as keychain:NAME).
// Asynchronous: the keychain is asked over its own API (D-Bus on Linux) and the answer arrives on this
// object's thread; nothing blocks. Secrets are never logged.
class KeychainWriter : public QObject
{
    Q_OBJECT
public:
    static QString service() { return QStringLiteral("aistack"); }

    explicit KeychainWriter(QObject *parent = nullptr);

    // Asks whether a keychain service answers here: done(true, {}) when one does, else done(false, reason).
    void probe(std::function<void(bool available, const QString &reason)> done);
    // Stores secret under name: done({}) once stored, else done(reason). Nothing is stored on failure.
    void store(const QString &name, const QString &secret, std::function<void(const QString &error)> done);

    // A keychain entry name people can type in YAML without quoting: letters, digits, '.', '_' and '-'.
    static bool isValidName(const QString &name);

    int timeoutMs = 10000; // no answer from the keychain within this: reported as unavailable
};

} // namespace aistack
