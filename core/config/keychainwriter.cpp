#include "keychainwriter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainWriter)
};

// Runs a job and calls done exactly once: with the finished job, or with nullptr when it did not answer in
// time (the job is left to finish on its own and deletes itself).
void runJob(QKeychain::Job *job, QObject *context, int timeoutMs, std::function<void(QKeychain::Job *)> done)
{
    auto once = std::make_shared<std::function<void(QKeychain::Job *)>>(std::move(done));
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [once](QKeychain::Job *j) {
        if (auto fn = std::exchange(*once, nullptr))
            fn(j);
    });
    QTimer::singleShot(timeoutMs, context, [once]() {
        if (auto fn = std::exchange(*once, nullptr))
            fn(nullptr);
    });
    job->start();
}

QString unavailableReason(QKeychain::Job *job)
{
    if (!job)
        return Tr::tr("the keychain did not answer");
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return Tr::tr("no keychain backend is available");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("the keychain refused access");
    case QKeychain::NotImplemented:
        return Tr::tr("this system has no supported keychain");
    default:
        break;
    }
    const QString said = job->errorString();
    if (!said.isEmpty() && said != QLatin1String("Unknown error"))
        return said;
#ifdef Q_OS_LINUX
    return Tr::tr("no Secret Service answers on the session D-Bus");
#else
    return Tr::tr("the keychain failed");
#endif
}
} // namespace

KeychainWriter::KeychainWriter(QObject *parent) : QObject(parent) {}

bool KeychainWriter::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return valid.match(name).hasMatch();
}

void KeychainWriter::probe(std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(QStringLiteral("aistack-keychain-probe"));
    runJob(job, this, timeoutMs, [done = std::move(done)](QKeychain::Job *j) {
        // A service that answers "no such entry" is there; anything else means no usable keychain.
        const bool available = j && (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound);
        done(available, available ? QString() : unavailableReason(j));
    });
}

void KeychainWriter::store(const QString &name, const QString &secret, std::function<void(const QString &)> done)
{
    if (!isValidName(name))
        return done(Tr::tr("the entry name may hold letters, digits, '.', '_' and '-' only"));
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(name);
    job->setTextData(secret);
    runJob(job, this, timeoutMs, [done = std::move(done)](QKeychain::Job *j) {
        done(j && j->error() == QKeychain::NoError ? QString() : unavailableReason(j));
    });
}

} // namespace aistack
