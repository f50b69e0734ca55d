#pragma once

#include <QString>
#include <QtGlobal>

namespace aistack {

// LOG_LEVEL as the original servers read it: DEBUG, INFO (default), WARNING, ERROR, CRITICAL.
enum class LogLevel { Debug = 10, Info = 20, Warning = 30, Error = 40, Critical = 50 };

LogLevel parseLogLevel(const QString &text, LogLevel fallback = LogLevel::Info);
LogLevel logLevelFromEnvironment();
const char *logLevelName(LogLevel level);
LogLevel logLevelOf(QtMsgType type);

} // namespace aistack
