#pragma once

#include <QHttpServerRequest>
#include <QString>

namespace aistack {

// "GET", "POST", ... for logs, metrics labels, Allow headers and the OpenAPI document.
QString httpMethodName(QHttpServerRequest::Method method);

} // namespace aistack
