#pragma once

#include "requestauth.h"

#include <memory>

namespace aistack {

struct AppConfig;

// The module `authentication.module` names. nullptr and *error when the configuration may not run: `noop`
// on an address beyond loopback (listenAddress: where the server listens) without
// `authentication.allow_noop_beyond_loopback: true`.
std::unique_ptr<RequestAuth> makeRequestAuth(const AppConfig &config, const QString &listenAddress,
                                             bool loopbackOnly, QString *error);

} // namespace aistack
