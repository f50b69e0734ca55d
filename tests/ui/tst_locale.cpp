// The app follows the system locale: started with LANG=de_DE.UTF-8 (or fr_FR.UTF-8 or C.UTF-8, set through
// AISTACK_TEST_LOCALE by the other registrations of this suite) the window shows its panes, its plurals and
// Qt's own buttons in that language (English for a locale without a translation). The environment is set before the application object exists, as a shell would
// set it for the process, and the translations are installed by the app's own function.
#include "desktopfixture.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace aistack;
using namespace aistack::test;

namespace {
struct Expected
{
    QStringList panes;
    QString cancel;
    QString oneSession; // a plural form: "%n session(s), %1 active" for 1
};

Expected expectedFor(QLocale::Language language)
{
    if (language == QLocale::German)
        return {{QStringLiteral("Server"), QStringLiteral("Stack"), QStringLiteral("Sitzungen"),
                 QStringLiteral("Dokumente"), QStringLiteral("Chat"), QStringLiteral("Rückmeldungen"),
                 QStringLiteral("Metriken")},
                QStringLiteral("Abbrechen"), QStringLiteral("1 Sitzung, 1 aktiv")};
    if (language == QLocale::French)
        return {{QStringLiteral("Serveur"), QStringLiteral("Pile"), QStringLiteral("Sessions"),
                 QStringLiteral("Documents"), QStringLiteral("Chat"), QStringLiteral("Avis"),
                 QStringLiteral("Métriques")},
                QStringLiteral("Annuler"), QStringLiteral("1 session, actives\u00a0: 1")};
    // English, and any language without a translation (C.UTF-8 too): the sources with English plurals.
    return {{QStringLiteral("Server"), QStringLiteral("Stack"), QStringLiteral("Sessions"), QStringLiteral("Documents"),
             QStringLiteral("Chat"), QStringLiteral("Feedback"), QStringLiteral("Metrics")},
            QStringLiteral("Cancel"), QStringLiteral("1 session, 1 active")};
}
} // namespace

class TstLocale : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
    }

    void paneTitlesAreInTheSystemLanguage()
    {
        const Expected expected = expectedFor(QLocale().language());
        QListWidget *sidebar = m_app->window().sidebar();
        QStringList shown;
        for (int i = 0; i < sidebar->count(); ++i)
            shown << sidebar->item(i)->text();
        QCOMPARE(shown, expected.panes);
    }

    void qtsOwnButtonsAreInTheSystemLanguage()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), expectedFor(QLocale().language()).cancel);
    }

    void pluralsReadAsTheLanguageDoes()
    {
        QCOMPARE(QCoreApplication::translate("aistack::SessionsPane", "%n session(s), %1 active", nullptr, 1).arg(1),
                 expectedFor(QLocale().language()).oneSession);
    }

    void cleanupTestCase() { m_app.reset(); }
};

int main(int argc, char **argv)
{
    const QByteArray locale = qEnvironmentVariableIsEmpty("AISTACK_TEST_LOCALE")
                                  ? QByteArray("de_DE.UTF-8")
                                  : qgetenv("AISTACK_TEST_LOCALE");
    qputenv("LANG", locale);
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    installTranslations(app);
    TstLocale test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_locale.moc"
