#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aistack {

namespace {
bool install(QCoreApplication &app, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}
} // namespace

void installTranslations(QCoreApplication &app)
{
    install(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (install(app, QStringLiteral("aistack"), QStringLiteral(":/i18n")))
        return;
    // Any other language (C.UTF-8 too) reads English, with its plural forms.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/aistack_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

} // namespace aistack
