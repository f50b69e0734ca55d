// Wire JSON keeps the original services' key order and QJsonDocument's escaping.
#include "common/orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace aistack;

class TstOrderedJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsInsertionOrder()
    {
        const QByteArray json =
            OrderedJson()
                .add(QStringLiteral("ready"), true)
                .add(QStringLiteral("reason"), QStringLiteral("All providers are healthy"))
                .add(QStringLiteral("providers"), QVector<OrderedJson>{})
                .toJson();
        QCOMPARE(json, QByteArray(R"({"ready":true,"reason":"All providers are healthy","providers":[]})"));
    }

    void nestsObjectsAndLists()
    {
        const OrderedJson inner = OrderedJson()
                                      .add(QStringLiteral("response"), QStringLiteral("Access denied"))
                                      .add(QStringLiteral("cause"), QStringLiteral("no"));
        const QByteArray json = OrderedJson()
                                    .add(QStringLiteral("detail"), inner)
                                    .add(QStringLiteral("list"), QVector<OrderedJson>{inner, OrderedJson()})
                                    .add(QStringLiteral("n"), 3)
                                    .add(QStringLiteral("x"), 0.5)
                                    .add(QStringLiteral("none"), QJsonValue())
                                    .add(QStringLiteral("plain"), QJsonArray{1, QStringLiteral("a")})
                                    .toJson();
        QCOMPARE(
            json,
            QByteArray(
                R"({"detail":{"response":"Access denied","cause":"no"},"list":[{"response":"Access denied","cause":"no"},{}],"n":3,"x":0.5,"none":null,"plain":[1,"a"]})"));
    }

    void escapesLikeQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\" \\ there");
        QTest::newRow("controls") << QStringLiteral("a\nb\tc\rd\be\ff") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("unicode") << QStringLiteral("héllo ✓ 日本 😀");
        QTest::newRow("empty") << QString();
    }
    void escapesLikeQJsonDocument()
    {
        QFETCH(QString, text);
        const QByteArray ours = OrderedJson().add(QStringLiteral("k"), text).toJson();
        // Whatever the escaping, it must parse back to the same text, and non-ASCII stays UTF-8.
        QCOMPARE(QJsonDocument::fromJson(ours).object().value(QStringLiteral("k")).toString(), text);
        QCOMPARE(ours,
                 QJsonDocument(QJsonObject{{QStringLiteral("k"), text}}).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TstOrderedJson)
#include "tst_orderedjson.moc"
