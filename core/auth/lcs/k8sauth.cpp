#include "k8sauth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace aistack {

namespace {
const char kServiceAccountToken[] = "/var/run/secrets/kubernetes.io/serviceaccount/token";

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

K8sAuth::K8sAuth(const AuthenticationConfig &config)
{
    m_api = config.k8sClusterApi.value_or(QStringLiteral("https://kubernetes.default.svc"));
    while (m_api.endsWith(QLatin1Char('/')))
        m_api.chop(1);
    m_options.skipTlsVerification = config.skipTlsVerification;
    if (config.k8sCaCertPath) {
        m_options.caCertificates = QSslCertificate::fromPath(*config.k8sCaCertPath);
        if (m_options.caCertificates.isEmpty())
            qWarning().noquote() << "authentication.k8s_ca_cert_path holds no certificate:"
                                 << *config.k8sCaCertPath;
    }
    m_options.bearer = qgetenv("K8S_AUTH_TOKEN");
    if (m_options.bearer.isEmpty()) {
        QFile token(QString::fromLatin1(kServiceAccountToken));
        if (token.open(QIODevice::ReadOnly))
            m_options.bearer = token.readAll().trimmed();
    }
}

QString K8sAuth::clusterId()
{
    const BlockingHttp::Reply reply = BlockingHttp::call(
        m_networks, "GET", m_api + QStringLiteral("/apis/config.openshift.io/v1/clusterversions/version"), {},
        m_options);
    const QString id = parse(reply.body)
                           .value(QStringLiteral("spec"))
                           .toObject()
                           .value(QStringLiteral("clusterID"))
                           .toString();
    return reply.status == 200 && !id.isEmpty() ? id : QStringLiteral("local");
}

AuthVerdict K8sAuth::authenticate(const AuthRequest &request)
{
    AuthVerdict verdict;
    const std::optional<QString> token = bearer(request.authorization, &verdict);
    if (!token)
        return verdict;
    const QJsonObject review{{QStringLiteral("apiVersion"), QStringLiteral("authentication.k8s.io/v1")},
                             {QStringLiteral("kind"), QStringLiteral("TokenReview")},
                             {QStringLiteral("spec"), QJsonObject{{QStringLiteral("token"), *token}}}};
    const BlockingHttp::Reply reviewed = BlockingHttp::call(
        m_networks, "POST", m_api + QStringLiteral("/apis/authentication.k8s.io/v1/tokenreviews"),
        QJsonDocument(review).toJson(QJsonDocument::Compact), m_options);
    if (reviewed.status < 200 || reviewed.status >= 300) {
        const QString cause = reviewed.status == 0
                                  ? reviewed.error
                                  : QStringLiteral("TokenReview answered HTTP %1").arg(reviewed.status);
        return AuthVerdict::refuse(500, QStringLiteral("Forbidden: Unable to Review Token"), cause);
    }
    const QJsonObject status = parse(reviewed.body).value(QStringLiteral("status")).toObject();
    if (!status.value(QStringLiteral("authenticated")).toBool())
        return AuthVerdict::refuse(403, QStringLiteral("Forbidden: Invalid or expired token"));
    const QJsonObject user = status.value(QStringLiteral("user")).toObject();
    const QString username = user.value(QStringLiteral("username")).toString();
    QString uid = user.value(QStringLiteral("uid")).toString();
    if (username == QLatin1String("kube:admin"))
        uid = clusterId();

    const QJsonObject access{
        {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("SubjectAccessReview")},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("user"), username},
                     {QStringLiteral("groups"), user.value(QStringLiteral("groups")).toArray()},
                     {QStringLiteral("nonResourceAttributes"),
                      QJsonObject{{QStringLiteral("path"), QStringLiteral("/ls-access")},
                                  {QStringLiteral("verb"), QStringLiteral("get")}}}}}};
    const BlockingHttp::Reply allowed = BlockingHttp::call(
        m_networks, "POST", m_api + QStringLiteral("/apis/authorization.k8s.io/v1/subjectaccessreviews"),
        QJsonDocument(access).toJson(QJsonDocument::Compact), m_options);
    if (allowed.status < 200 || allowed.status >= 300) {
        qWarning().noquote() << "k8s: SubjectAccessReview failed:"
                             << (allowed.status == 0 ? allowed.error
                                                     : QStringLiteral("HTTP %1").arg(allowed.status));
        return AuthVerdict::refuse(403, QStringLiteral("Internal server error"));
    }
    if (!parse(allowed.body)
             .value(QStringLiteral("status"))
             .toObject()
             .value(QStringLiteral("allowed"))
             .toBool())
        return AuthVerdict::refuse(403, QStringLiteral("Forbidden: User does not have access"));
    verdict.identity.userId = uid;
    verdict.identity.username = username;
    verdict.identity.token = *token;
    verdict.identity.skipUserIdCheck = false;
    return verdict;
}

} // namespace aistack
