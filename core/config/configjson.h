#pragma once

#include "appconfig.h"
#include "common/orderedjson.h"

namespace aistack {

// The Lightspeed half of the configuration as the original's /v1/config shows it: every key of its schema
// in its order, defaults filled in, nulls kept, secrets (api_key, password, tls_key_password) shown as
// "**********".
OrderedJson lightspeedConfigJson(const AppConfig &config);

} // namespace aistack
