#pragma once

#include "commandline.h"
#include "config/configloader.h"

namespace aistack {

// Loads the configuration a run uses: --config PATH, else <config folder>/aistack.yaml when it
// exists, else the built-in default (data files in the app's data folder). A configuration without a
// database keeps its SQLite file in the data folder (aistack.db). Applies --host/--port.
ConfigLoadResult loadConfiguration(const CommandLineOptions &options);

} // namespace aistack
