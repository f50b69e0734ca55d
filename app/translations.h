#pragma once

class QCoreApplication;

namespace aistack {

// Installs the translations for the system locale (LANG, LC_ALL, LC_MESSAGES as QLocale reads them): the app's
// own messages from the resources and Qt's (standard buttons, file dialogs) from Qt's translations folder.
// A locale without a translation reads English.
void installTranslations(QCoreApplication &app);

} // namespace aistack
