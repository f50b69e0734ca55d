#include "databaseunavailable.h"

namespace aistack {

bool isDatabaseUnavailable(const QString &error)
{
    // The texts libpq and this class give when no statement could reach the server; a statement the server
    // refused carries its own message instead.
    static const char *const kMarkers[] = {
        "cannot connect to",
        "server closed the connection unexpectedly",
        "no connection to the server",
        "terminating connection due to administrator command",
        "the database system is shutting down",
        "the database system is starting up",
        "the database system is in recovery mode",
        "could not send data to server",
        "could not receive data from server",
        "Connection refused",
        "connection to server",
        "SSL connection has been closed unexpectedly",
    };
    for (const char *marker : kMarkers) {
        if (error.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace aistack
