#pragma once

#include <QString>

namespace aistack {

struct AppConfig;
struct HostingSettings;

// Whether the configured authentication module lets anyone act as any user (`noop`): the Server pane warns
// before such a server is opened to the network.
bool authenticationLetsAnyoneIn(const AppConfig &config);

// Why the server may not listen with these settings: `noop` authentication beyond loopback without
// authentication.allow_noop_beyond_loopback. Empty when it may. The rule is the server's own
// (makeRequestAuth), asked with the settings laid over the configuration.
QString lanExposureRefusal(const AppConfig &config, const HostingSettings &settings);

} // namespace aistack
