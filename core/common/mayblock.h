#pragma once

namespace aistack {

// Marks a function that blocks (the database, the disk, the network, a model). Such a function must never
// run on the GUI thread: called there, it logs "blocking call on the GUI thread: <function>" (which the GUI
// tests turn into failures) and asserts in debug builds. Costs a thread comparison elsewhere.
void assertMayBlock(const char *function);

} // namespace aistack

#define AISTACK_BLOCKING() ::aistack::assertMayBlock(static_cast<const char *>(Q_FUNC_INFO))
