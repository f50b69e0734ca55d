#include "secretresolver.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace aistack {

static const QString kKeychainPrefix = QStringLiteral("keychain:");

bool SecretResolver::resolve(const QString &raw, QString *value, QString *error)
{
    if (raw.startsWith(kKeychainPrefix)) {
        const QString name = raw.mid(kKeychainPrefix.size()).trimmed();
        if (name.isEmpty()) {
            *error = QStringLiteral("keychain: needs an entry name, e.g. keychain:openai-key");
            return false;
        }
        return readKeychain(name, value, error);
    }
    static const QRegularExpression envRef(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = envRef.globalMatch(raw);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray name = m.captured(1).toUtf8();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            *error = QStringLiteral("environment variable %1 is not set").arg(m.captured(1));
            return false;
        }
        out += raw.mid(last, m.capturedStart() - last) + qEnvironmentVariable(name.constData());
        last = m.capturedEnd();
    }
    out += raw.mid(last);
    *value = out;
    return true;
}

bool SecretResolver::readKeychain(const QString &name, QString *value, QString *error)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("aistack"));
    job.setAutoDelete(false);
    job.setKey(name);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&]() {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (finished && job.error() == QKeychain::NoError) {
        *value = job.textData();
        return true;
    }
    const QString reason = finished ? job.errorString() : QStringLiteral("no answer within 5 s");
    if (finished && job.error() == QKeychain::EntryNotFound) {
        *error = QStringLiteral("keychain entry '%1' (service 'aistack') does not exist; store it first, "
                                "or write the secret as ${ENV_VAR} or as a literal value")
                     .arg(name);
    } else {
        *error =
            QStringLiteral("keychain:%1 cannot be read: no usable system keychain (%2); write the "
                           "secret as ${ENV_VAR} (an environment variable) or as a literal value instead")
                .arg(name, reason);
    }
    return false;
}

} // namespace aistack
