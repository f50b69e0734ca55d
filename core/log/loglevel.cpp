#include "loglevel.h"

namespace aistack {

LogLevel parseLogLevel(const QString &text, LogLevel fallback)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("DEBUG"))
        return LogLevel::Debug;
    if (t == QLatin1String("INFO"))
        return LogLevel::Info;
    if (t == QLatin1String("WARNING") || t == QLatin1String("WARN"))
        return LogLevel::Warning;
    if (t == QLatin1String("ERROR"))
        return LogLevel::Error;
    if (t == QLatin1String("CRITICAL") || t == QLatin1String("FATAL"))
        return LogLevel::Critical;
    return fallback;
}

LogLevel logLevelFromEnvironment()
{
    return parseLogLevel(qEnvironmentVariable("LOG_LEVEL"));
}

const char *logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "DEBUG";
    case LogLevel::Info:
        return "INFO";
    case LogLevel::Warning:
        return "WARNING";
    case LogLevel::Error:
        return "ERROR";
    case LogLevel::Critical:
        return "CRITICAL";
    }
    return "INFO";
}

LogLevel logLevelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
        return LogLevel::Error;
    case QtFatalMsg:
        return LogLevel::Critical;
    }
    return LogLevel::Info;
}

} // namespace aistack
