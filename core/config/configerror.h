#pragma once

#include <QString>
#include <QVector>

namespace aistack {

// One problem found in a configuration file: where it is and what is wrong.
struct ConfigError
{
    QString file;
    int line = 0; // 1-based; 0 when unknown
    QString key;  // dotted path, e.g. "service.port" or "stack.tools[1].kind"
    QString message;

    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return key.isEmpty() ? QString(where + QStringLiteral(": ") + message)
                             : QString(where + QStringLiteral(": ") + key + QStringLiteral(": ") + message);
    }
};

using ConfigErrors = QVector<ConfigError>;

} // namespace aistack
