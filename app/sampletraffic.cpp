#include "sampletraffic.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace aistack {

QJsonObject SampleTraffic::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                const QByteArray &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void SampleTraffic::kissSession(int i)
{
    const QStringList questions{QStringLiteral("How often should the inlet filter be changed?"),
                                QStringLiteral("What torque do the cover bolts need?"),
                                QStringLiteral("Summarise the warranty terms.")};
    const QJsonObject auth =
        send("POST", QStringLiteral("/auth"),
             {{QStringLiteral("scope"), i % 2 ? QStringLiteral("persistent") : QStringLiteral("temporary")}});
    const QByteArray token = auth.value(QStringLiteral("access_token")).toString().toUtf8();
    if (token.isEmpty() || i == 4)
        return; // the last client authenticated and never started its stack
    send("POST", QStringLiteral("/sessions?action=init"), {}, token);
    for (int q = 0; q <= i % 3; ++q)
        send("POST", QStringLiteral("/queries"), {{QStringLiteral("query"), questions[q]}}, token);
    if (i == 3)
        send("POST", QStringLiteral("/sessions?action=close"), {}, token);
}

void SampleTraffic::lightspeedUser(int i)
{
    struct Asked
    {
        const char *user;
        const char *question;
        int sentiment;
        const char *comment;
        const char *category;
    };
    const Asked asked[] = {
        {"5a1c9e0e-0b8e-4a57-9d0c-2f4b1e7d3c11", "Can the pump run dry?", 1, "Clear and short.", nullptr},
        {"5a1c9e0e-0b8e-4a57-9d0c-2f4b1e7d3c11", "What oil does the pump take?", 1, nullptr, nullptr},
        {"c7d2f4a8-61e3-4f0b-8a55-9be0d4c2a7f3", "What is the maximum temperature?", -1,
         "It should say Celsius and the limit for water.", "incomplete"},
        {"c7d2f4a8-61e3-4f0b-8a55-9be0d4c2a7f3", "How long is the warranty?", -1, "Wrong period.", "incorrect"},
    };
    const Asked &a = asked[i % 4];
    const QString user = QString::fromLatin1(a.user);
    const QJsonObject answer = send("POST", QStringLiteral("/v1/query?user_id=%1").arg(user),
                                    {{QStringLiteral("query"), QString::fromUtf8(a.question)}});
    const QString conversation = answer.value(QStringLiteral("conversation_id")).toString();
    if (conversation.isEmpty())
        return;
    QJsonObject feedback{{QStringLiteral("conversation_id"), conversation},
                         {QStringLiteral("user_question"), QString::fromUtf8(a.question)},
                         {QStringLiteral("llm_response"), answer.value(QStringLiteral("response"))},
                         {QStringLiteral("sentiment"), a.sentiment}};
    if (a.comment)
        feedback.insert(QStringLiteral("user_feedback"), QString::fromUtf8(a.comment));
    if (a.category)
        feedback.insert(QStringLiteral("categories"), QJsonArray{QString::fromLatin1(a.category)});
    send("POST", QStringLiteral("/v1/feedback?user_id=%1").arg(user), feedback);
}

void SampleTraffic::run()
{
    // Spread over a dozen seconds, so that the Metrics pane's per-second charts show a few points.
    for (int second = 0; second < 12; ++second) {
        for (int i = 0; i < 4; ++i) // a monitor's probes
            send("GET", i % 2 ? QStringLiteral("/readiness") : QStringLiteral("/liveness"));
        if (second < 5)
            kissSession(second);
        else if (second < 9)
            lightspeedUser(second - 5);
        else if (second == 11)
            send("GET", QStringLiteral("/v1/conversations/not-a-conversation")); // a client's mistake
        QEventLoop pause;
        QTimer::singleShot(1000, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

} // namespace aistack
